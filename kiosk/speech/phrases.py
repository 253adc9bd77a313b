"""The spoken sentences, English source texts translated in the context "Speech" like the screen
texts (assets/translations/kiosk_*.ts; ``QT_TRANSLATE_NOOP`` marks them for pyside6-lupdate).

They follow the screens' wording, in full sentences, with every number as words: a placeholder
is filled by kiosk/speech/words*.py in the sentence's language ({until} is the whole "until
<date>" phrase, {amount} an amount with its currency, {tracking} a spelled tracking number).
"""

from __future__ import annotations

TR_CONTEXT = "Speech"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


PHRASES: dict[str, str] = {
    # home
    "home.title": QT_TRANSLATE_NOOP("Speech", "Collect or send a parcel."),
    # "I can't reach it / I need help" on the result screens
    "help.offer": QT_TRANSLATE_NOOP(
        "Speech", "If you cannot reach it, choose I need help: staff will bring it to you."
    ),
    "help.coming": QT_TRANSLATE_NOOP(
        "Speech",
        "Staff have been told: they will bring your parcel from row {row}, compartment "
        "{compartment}. Please wait by the terminal.",
    ),
    "help.coming_items": QT_TRANSLATE_NOOP(
        "Speech",
        "Staff have been told: they will bring your parcels to you. Please wait by the terminal.",
    ),
    # the idle question, over any screen
    "idle.question": QT_TRANSLATE_NOOP(
        "Speech", "Are you still there? Touch the screen or press any key to continue."
    ),
    "home.choose": QT_TRANSLATE_NOOP("Speech", "Choose: receive a parcel, or send a parcel."),
    "home.choose_receive": QT_TRANSLATE_NOOP(
        "Speech", "To collect a parcel, choose Receive a parcel."
    ),
    # typing
    "typed": QT_TRANSLATE_NOOP("Speech", "You entered: {number}."),
    "tracking": QT_TRANSLATE_NOOP("Speech", "Tracking number: {tracking}."),
    # the tracking-number screen
    "tracking.title": QT_TRANSLATE_NOOP(
        "Speech", "Enter the tracking number: thirteen characters, or scan the barcode."
    ),
    "tracking.busy": QT_TRANSLATE_NOOP("Speech", "Looking for your parcel."),
    "printing.ticket": QT_TRANSLATE_NOOP("Speech", "Printing your ticket."),
    "s10.empty": QT_TRANSLATE_NOOP(
        "Speech", "Please type the tracking number or scan its barcode."
    ),
    "s10.length": QT_TRANSLATE_NOOP(
        "Speech", "The number has thirteen characters, and you entered {count}."
    ),
    "s10.prefix": QT_TRANSLATE_NOOP("Speech", "The number starts with two Latin letters."),
    "s10.serial": QT_TRANSLATE_NOOP(
        "Speech",
        "After the first two letters come nine digits: check for a letter O typed instead of a "
        "zero.",
    ),
    "s10.country": QT_TRANSLATE_NOOP("Speech", "The number ends with two Latin letters, like K Z."),
    "s10.reserved": QT_TRANSLATE_NOOP(
        "Speech",
        "Tracking numbers never start with J, K, S, T or W: please check the first letter.",
    ),
    "s10.check_digit": QT_TRANSLATE_NOOP(
        "Speech", "This number has a typing error: please check every digit."
    ),
    "s10.not_tracking": QT_TRANSLATE_NOOP(
        "Speech",
        "This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, "
        "or type the number.",
    ),
    # where the parcel is
    "result.here": QT_TRANSLATE_NOOP(
        "Speech", "Your parcel is here: row {row}, compartment {compartment}."
    ),
    "result.kind": QT_TRANSLATE_NOOP("Speech", "Item type: {kind}."),
    "kind.parcel": QT_TRANSLATE_NOOP("Speech", "parcel"),
    "kind.small_package": QT_TRANSLATE_NOOP("Speech", "small package"),
    "kind.parcel_locker_item": QT_TRANSLATE_NOOP("Speech", "parcel locker item"),
    "result.free_until": QT_TRANSLATE_NOOP("Speech", "Free storage {until}."),
    "result.kept_until": QT_TRANSLATE_NOOP("Speech", "Kept here {until}."),
    "result.fee": QT_TRANSLATE_NOOP("Speech", "Storage fee today: {amount}."),
    "result.cod": QT_TRANSLATE_NOOP("Speech", "Cash on delivery {amount}, paid at the checkout."),
    "result.printed": QT_TRANSLATE_NOOP("Speech", "Take your ticket from the printer below."),
    "result.not_printed": QT_TRANSLATE_NOOP(
        "Speech",
        "The ticket could not be printed. Remember row {row}, compartment {compartment}, "
        "and tell the checkout your tracking number.",
    ),
    # closing
    "done.thanks": QT_TRANSLATE_NOOP("Speech", "Thank you!"),
    "done.printed": QT_TRANSLATE_NOOP(
        "Speech", "Take the item and present the ticket and your ID at the checkout."
    ),
    "done.not_printed": QT_TRANSLATE_NOOP(
        "Speech", "Take the item, tell the checkout your tracking number and show your ID."
    ),
    # parcel states
    "not_found.title": QT_TRANSLATE_NOOP("Speech", "We could not find a parcel with this number."),
    "not_found.what": QT_TRANSLATE_NOOP(
        "Speech",
        "Check the number in your SMS or notice and enter it again. If it is correct, please "
        "ask at the checkout.",
    ),
    "not_arrived.title": QT_TRANSLATE_NOOP(
        "Speech", "Your parcel is on its way and has not arrived yet."
    ),
    "not_arrived.what": QT_TRANSLATE_NOOP(
        "Speech", "Please come back when you are notified that it has arrived."
    ),
    "delivered.title": QT_TRANSLATE_NOOP("Speech", "This parcel has already been collected."),
    "delivered.what": QT_TRANSLATE_NOOP(
        "Speech", "If you did not collect it yourself, please ask at the checkout."
    ),
    "returned.title": QT_TRANSLATE_NOOP("Speech", "This parcel has been returned to the sender."),
    "returned.what": QT_TRANSLATE_NOOP("Speech", "Please contact the sender."),
    # the terminal
    "error.title": QT_TRANSLATE_NOOP("Speech", "The service is temporarily unavailable."),
    "error.what": QT_TRANSLATE_NOOP(
        "Speech", "Please try again in a moment. If it does not help, ask at the checkout."
    ),
    "out_of_service.title": QT_TRANSLATE_NOOP(
        "Speech", "This terminal is temporarily out of service."
    ),
    "out_of_service.what": QT_TRANSLATE_NOOP(
        "Speech", "Please use another terminal or ask at the checkout."
    ),
    # sending
    "send.title": QT_TRANSLATE_NOOP("Speech", "Send a parcel."),
    "send.what": QT_TRANSLATE_NOOP(
        "Speech",
        "Pack your parcel in the prepaid box and close it, then scan the barcode on the box. "
        "If the scan does not work, type the barcode and press Check.",
    ),
    "send.busy": QT_TRANSLATE_NOOP("Speech", "Checking the box."),
    "box.empty": QT_TRANSLATE_NOOP("Speech", "Please scan the barcode on the box, or type it."),
    "box.length": QT_TRANSLATE_NOOP(
        "Speech", "A box barcode has thirteen characters, and you entered {count}."
    ),
    "box.malformed": QT_TRANSLATE_NOOP(
        "Speech", "This is not a box barcode: please check every character."
    ),
    "box.unknown": QT_TRANSLATE_NOOP(
        "Speech",
        "This barcode does not belong to a prepaid box. Please check the number, or ask at the "
        "checkout.",
    ),
    "box.already_dispatched": QT_TRANSLATE_NOOP(
        "Speech", "This box has already been handed in for sending. A box can be sent only once."
    ),
    "box.unavailable": QT_TRANSLATE_NOOP(
        "Speech",
        "The box cannot be checked right now. Please try again in a few minutes, or ask at the "
        "checkout.",
    ),
    "confirm.box": QT_TRANSLATE_NOOP("Speech", "Box {barcode}, size {size}."),
    "confirm.what": QT_TRANSLATE_NOOP("Speech", "Press Send to hand in this box."),
    "confirm.offline": QT_TRANSLATE_NOOP(
        "Speech",
        "The box cannot be checked right now. It will be registered automatically as soon as "
        "the connection is back.",
    ),
    "confirm.failed": QT_TRANSLATE_NOOP("Speech", "That did not work. Please press Send again."),
    "confirm.saving": QT_TRANSLATE_NOOP("Speech", "Saving."),
    "printing.receipt": QT_TRANSLATE_NOOP("Speech", "Printing your receipt."),
    "sent.title": QT_TRANSLATE_NOOP("Speech", "Thank you! Put the parcel on the dispatch shelf."),
    "sent.printed": QT_TRANSLATE_NOOP(
        "Speech", "Keep your receipt: its QR code tracks the parcel."
    ),
    "sent.not_printed": QT_TRANSLATE_NOOP(
        "Speech",
        "The receipt could not be printed, but your parcel is handed in. Box {barcode}: note "
        "this number to track the parcel.",
    ),
    "sent.offline": QT_TRANSLATE_NOOP("Speech", "It will be registered automatically."),
    # receiving by phone
    "phone.title": QT_TRANSLATE_NOOP("Speech", "Enter your phone number."),
    "phone.what": QT_TRANSLATE_NOOP(
        "Speech",
        "A Kazakhstan mobile number: ten digits after plus seven. We will send a code to it by "
        "SMS.",
    ),
    "phone.busy": QT_TRANSLATE_NOOP("Speech", "Sending the code."),
    "phone.empty": QT_TRANSLATE_NOOP(
        "Speech", "Please type your mobile number: ten digits after plus seven."
    ),
    "phone.not_a_number": QT_TRANSLATE_NOOP(
        "Speech", "Please check the number: it has ten digits after plus seven."
    ),
    "phone.not_kazakhstan": QT_TRANSLATE_NOOP(
        "Speech",
        "This is not a Kazakhstan number. Kazakhstan mobile numbers start with plus seven, seven.",
    ),
    "phone.not_mobile": QT_TRANSLATE_NOOP(
        "Speech",
        "This looks like a landline number. Please enter a mobile number that can receive SMS.",
    ),
    "otp.title": QT_TRANSLATE_NOOP("Speech", "Enter the code from the SMS."),
    "otp.sent": QT_TRANSLATE_NOOP(
        "Speech", "We sent a six-digit code to the number ending in {digits}."
    ),
    "otp.busy": QT_TRANSLATE_NOOP("Speech", "Checking."),
    "otp.incomplete": QT_TRANSLATE_NOOP("Speech", "The code has six digits."),
    "otp.wrong": QT_TRANSLATE_NOOP(
        "Speech", "The code is wrong or has expired. Attempts left: {attempts}."
    ),
    "otp.dead": QT_TRANSLATE_NOOP(
        "Speech", "The code is wrong or has expired. Please press Send a new code."
    ),
    "otp.resend_in": QT_TRANSLATE_NOOP("Speech", "You can ask for a new code in {time}."),
    "pickup.title": QT_TRANSLATE_NOOP(
        "Speech", "Type the six-character pickup code from the SMS, or show its QR code."
    ),
    "pickup.wrong": QT_TRANSLATE_NOOP(
        "Speech", "This code is not valid or has expired. Check the SMS and type it again."
    ),
    "items.ready": QT_TRANSLATE_NOOP("Speech", "You can collect {items}."),
    "items.item": QT_TRANSLATE_NOOP("Speech", "{kind}: row {row}, compartment {compartment}."),
    "items.to_pay": QT_TRANSLATE_NOOP("Speech", "To pay at the checkout: {amount}."),
    "items.other": QT_TRANSLATE_NOOP("Speech", "{kind}, tracking number {tracking}: {status}."),
    "status.in_transit": QT_TRANSLATE_NOOP("Speech", "on its way, not arrived yet"),
    "status.delivered": QT_TRANSLATE_NOOP("Speech", "already collected"),
    "status.returned_to_sender": QT_TRANSLATE_NOOP("Speech", "returned to the sender"),
    "status.other": QT_TRANSLATE_NOOP("Speech", "please ask at the checkout"),
    "items.none": QT_TRANSLATE_NOOP(
        "Speech",
        "There are no parcels to collect for this number right now. We will send you an SMS as "
        "soon as one arrives.",
    ),
    "items.none_ready": QT_TRANSLATE_NOOP(
        "Speech", "None of your items can be collected right now."
    ),
    "items.printed": QT_TRANSLATE_NOOP(
        "Speech", "Take your ticket from the printer below: it lists every item."
    ),
    "items.not_printed": QT_TRANSLATE_NOOP(
        "Speech",
        "The ticket could not be printed. Remember the rows and compartments, and tell the "
        "checkout your phone number.",
    ),
    "cooldown.title": QT_TRANSLATE_NOOP("Speech", "Let's take a short pause."),
    "cooldown.why": QT_TRANSLATE_NOOP(
        "Speech",
        "There were too many attempts, so for your safety this terminal waits a little. "
        "Nothing is wrong with your parcels.",
    ),
    "cooldown.wait": QT_TRANSLATE_NOOP("Speech", "You can try again in {time}."),
    "cooldown.ready": QT_TRANSLATE_NOOP("Speech", "You can try again now."),
}
