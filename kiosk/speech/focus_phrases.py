"""What the keypad's focus and keys say, in the context "Speech" like the screens' sentences
(kiosk/speech/phrases.py): a control's label and role, a field and what it holds, and the answers
to the volume and rate keys."""

from __future__ import annotations

from kiosk.speech.phrases import QT_TRANSLATE_NOOP

FOCUS_PHRASES: dict[str, str] = {
    "button": QT_TRANSLATE_NOOP("Speech", "{label}, button."),
    "key": QT_TRANSLATE_NOOP("Speech", "{label}, key."),
    "field.empty": QT_TRANSLATE_NOOP("Speech", "{label}, text field, empty."),
    "field.value": QT_TRANSLATE_NOOP("Speech", "{label}, text field: {value}."),
    "field.tracking_number": QT_TRANSLATE_NOOP("Speech", "Tracking number"),
    "field.box_barcode": QT_TRANSLATE_NOOP("Speech", "Box barcode"),
    "field.phone": QT_TRANSLATE_NOOP("Speech", "Phone number"),
    "field.otp_code": QT_TRANSLATE_NOOP("Speech", "Code from the SMS"),
    "field.other": QT_TRANSLATE_NOOP("Speech", "Input"),
    "volume_up": QT_TRANSLATE_NOOP("Speech", "Louder."),
    "volume_down": QT_TRANSLATE_NOOP("Speech", "Quieter."),
    "rate_up": QT_TRANSLATE_NOOP("Speech", "Faster."),
    "rate_down": QT_TRANSLATE_NOOP("Speech", "Slower."),
    "limit": QT_TRANSLATE_NOOP("Speech", "That is the limit."),
}
