"""What the kiosk says: numbers, dates, amounts and codes as words in kk, ru and en (``words*``),
and the spoken text of each customer screen (``spoken_texts``). Qt-free; the engines that speak
are behind kiosk/ports/speech.py."""
