"""Speech engines behind the core's speech port (kiosk/ports/speech.py): espeak-ng speaking on the
sound device, and the mock that writes each utterance as a WAV file and its text for QA."""
