"""What each customer screen says: its title, what to do, what was typed, and its result in full
sentences, in the screen's language.

`spoken_text(screen, view, language, tr)` builds it from the view the screen shows (kiosk/views.py)
and the translated `PHRASES`; ``tr`` translates a source text in the context "Speech" into
``language`` (Qt's translator in the app). Times on the controller's monotonic clock (the code's
resend time, the end of a pause) are said relative to ``now``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from kiosk import views
from kiosk.identifiers import PhoneProblem, S10Problem
from kiosk.models import Parcel
from kiosk.speech.phrases import PHRASES
from kiosk.speech.words import Noun, Words, words_for

Translate = Callable[[str], str]

STAFF_SCREENS = frozenset({views.MAINTENANCE_PIN, views.MAINTENANCE, *views.STATION_SCREENS})

S10_PHRASES = {
    S10Problem.EMPTY: "s10.empty",
    S10Problem.WRONG_LENGTH: "s10.length",
    S10Problem.BAD_PREFIX: "s10.prefix",
    S10Problem.BAD_SERIAL: "s10.serial",
    S10Problem.BAD_COUNTRY: "s10.country",
    S10Problem.RESERVED_SERVICE: "s10.reserved",
    S10Problem.CHECK_DIGIT: "s10.check_digit",
    S10Problem.NOT_A_TRACKING_CODE: "s10.not_tracking",
}
PHONE_PHRASES = {
    PhoneProblem.EMPTY: "phone.empty",
    PhoneProblem.NOT_A_NUMBER: "phone.not_a_number",
    PhoneProblem.NOT_KAZAKHSTAN: "phone.not_kazakhstan",
    PhoneProblem.NOT_MOBILE: "phone.not_mobile",
}
STATUS_DETAIL_SCREENS: dict[str, tuple[str, str]] = {
    views.RECEIVE_NOT_FOUND: ("not_found.title", "not_found.what"),
    views.RECEIVE_NOT_ARRIVED: ("not_arrived.title", "not_arrived.what"),
    views.RECEIVE_DELIVERED: ("delivered.title", "delivered.what"),
    views.RECEIVE_RETURNED: ("returned.title", "returned.what"),
}


class _Speaker:
    """One screen's sentences in one language."""

    def __init__(self, language: str, tr: Translate, now: float | None) -> None:
        self.words: Words = words_for(language)
        self.tr = tr
        self.now = now
        self.sentences: list[str] = []

    def say(self, key: str, **values: str) -> None:
        sentence = self.tr(PHRASES[key]).format(**values)
        self.sentences.append(sentence[:1].upper() + sentence[1:])  # "{until} …" starts one

    def text(self) -> str:
        return " ".join(self.sentences)

    def seconds_until(self, moment: float) -> int | None:
        if self.now is None:
            return None
        return max(0, math.ceil(moment - self.now))

    def kind(self, parcel: Parcel) -> str:
        return self.tr(PHRASES[f"kind.{parcel.kind}"])

    def location(self, parcel: Parcel) -> dict[str, str]:
        location = parcel.location
        return {
            "row": self.words.code(location.row) if location else "",
            "compartment": self.words.code(location.compartment) if location else "",
        }

    def money(self, parcel: Parcel) -> None:
        if parcel.cod_amount_kzt:
            self.say("result.cod", amount=self.words.amount_kzt(parcel.cod_amount_kzt))


# ---- one builder per screen ---------------------------------------------------------------


def _home(s: _Speaker, view: object) -> None:
    s.say("home.title")
    send = isinstance(view, views.HomeView) and view.send_enabled
    s.say("home.choose" if send else "home.choose_receive")


def _tracking(s: _Speaker, view: object) -> None:
    s.say("tracking.title")
    if not isinstance(view, views.TrackingEntryView):
        return
    if view.text:
        s.say("typed", number=s.words.tracking(view.text))
    if view.busy:
        s.say("printing.ticket" if view.printing else "tracking.busy")
    elif view.problem is not None:
        count = s.words.count_object(len(re.sub(r"\s", "", view.text)), Noun.CHARACTER)
        s.say(S10_PHRASES[view.problem], count=count)


def _result(s: _Speaker, view: object) -> None:
    if not isinstance(view, views.ResultView):
        return
    parcel = view.parcel
    if view.help_requested:
        s.say("help.coming", **s.location(parcel))
        return
    s.say("result.here", **s.location(parcel))
    s.say("result.kind", kind=s.kind(parcel))
    if parcel.free_until is not None:
        s.say("result.free_until", until=s.words.until(parcel.free_until))
    if parcel.storage_until is not None:
        s.say("result.kept_until", until=s.words.until(parcel.storage_until))
    if parcel.storage_fee_kzt:
        s.say("result.fee", amount=s.words.amount_kzt(parcel.storage_fee_kzt))
    s.money(parcel)
    if view.printed:
        s.say("result.printed")
    else:
        s.say("result.not_printed", **s.location(parcel))
        s.say("tracking", tracking=s.words.tracking(parcel.tracking_number))
    s.say("help.offer")


def _done(s: _Speaker, view: object) -> None:
    s.say("done.thanks")
    printed = not isinstance(view, views.DoneView) or view.printed
    s.say("done.printed" if printed else "done.not_printed")


def _status(screen: str) -> Callable[[_Speaker, object], None]:
    title, what = STATUS_DETAIL_SCREENS[screen]

    def build(s: _Speaker, view: object) -> None:
        s.say(title)
        if isinstance(view, views.ParcelStatusView) and view.tracking_number:
            spelled = s.words.tracking(view.tracking_number)
            if screen == views.RECEIVE_NOT_FOUND:
                s.say("typed", number=spelled)
            else:
                s.say("tracking", tracking=spelled)
        s.say(what)

    return build


def _error(s: _Speaker, view: object) -> None:
    s.say("error.title")
    s.say("error.what")


def _out_of_service(s: _Speaker, view: object) -> None:
    s.say("out_of_service.title")
    s.say("out_of_service.what")
    if isinstance(view, views.OutOfServiceView) and view.message.strip():
        s.sentences.append(view.message.strip())  # from staff, said as it was written


def _send_scan(s: _Speaker, view: object) -> None:
    s.say("send.title")
    s.say("send.what")
    if not isinstance(view, views.SendScanView):
        return
    if view.text:
        s.say("typed", number=s.words.tracking(view.text))
    if view.busy:
        s.say("send.busy")
    elif view.problem is not None:
        count = s.words.count_object(len(re.sub(r"\s", "", view.text)), Noun.CHARACTER)
        key = {S10Problem.EMPTY: "box.empty", S10Problem.WRONG_LENGTH: "box.length"}
        s.say(key.get(view.problem, "box.malformed"), count=count)
    elif view.refusal is not None:
        s.say(f"box.{view.refusal}")


def _send_confirm(s: _Speaker, view: object) -> None:
    if isinstance(view, views.SendConfirmView):
        s.say("confirm.box", barcode=s.words.tracking(view.barcode), size=s.words.spell(view.size))
    s.say("confirm.what")
    if not isinstance(view, views.SendConfirmView):
        return
    if view.offline:
        s.say("confirm.offline")
    if view.busy:
        s.say("printing.receipt" if view.printing else "confirm.saving")
    elif view.failed:
        s.say("confirm.failed")


def _send_done(s: _Speaker, view: object) -> None:
    s.say("sent.title")
    if not isinstance(view, views.SendDoneView):
        return
    if view.printed:
        s.say("sent.printed")
    else:
        s.say("sent.not_printed", barcode=s.words.tracking(view.barcode))
    if view.offline:
        s.say("sent.offline")


def _phone(s: _Speaker, view: object) -> None:
    s.say("phone.title")
    s.say("phone.what")
    if not isinstance(view, views.PhoneEntryView):
        return
    if view.digits:
        s.say("typed", number=s.words.phone(view.digits))
    if view.busy:
        s.say("phone.busy")
    elif view.problem is not None:
        s.say(PHONE_PHRASES[view.problem])


def _otp(s: _Speaker, view: object) -> None:
    s.say("otp.title")
    if not isinstance(view, views.OtpEntryView):
        return
    last = re.findall(r"\d+", view.masked_phone)
    if last:
        s.say("otp.sent", digits=s.words.digits(last[-1]))
    if view.busy:
        s.say("printing.ticket" if view.printing else "otp.busy")
    elif view.dead:
        s.say("otp.dead")
    elif view.wrong and view.attempts_left is not None:
        s.say("otp.wrong", attempts=s.words.count_alone(view.attempts_left, Noun.ATTEMPT))
    elif view.wrong:
        s.say("otp.dead")
    elif view.incomplete:
        s.say("otp.incomplete")
    wait = s.seconds_until(view.resend_at)
    if wait:
        s.say("otp.resend_in", time=s.words.duration(wait))


def _pickup_code(s: _Speaker, view: object) -> None:
    s.say("pickup.title")
    if not isinstance(view, views.PickupCodeView):
        return
    if view.busy:
        s.say("printing.ticket" if view.printing else "otp.busy")
    elif view.wrong:
        s.say("pickup.wrong")


def _items(s: _Speaker, view: object) -> None:
    if not isinstance(view, views.ItemsView):
        return
    if view.help_requested:
        s.say("help.coming_items")
        return
    if view.ready:
        s.say("items.ready", items=s.words.count_object(len(view.ready), Noun.ITEM))
        for parcel in view.ready:
            s.say("items.item", kind=s.kind(parcel), **s.location(parcel))
            due = parcel.storage_fee_kzt + parcel.cod_amount_kzt
            if due:
                s.say("items.to_pay", amount=s.words.amount_kzt(due))
    else:
        s.say("items.none_ready" if view.others else "items.none")
    for parcel in view.others:
        status = PHRASES.get(f"status.{parcel.status}", PHRASES["status.other"])
        s.say(
            "items.other",
            kind=s.kind(parcel),
            tracking=s.words.tracking(parcel.tracking_number),
            status=s.tr(status),
        )
    if view.printed is True:
        s.say("items.printed")
    elif view.printed is False:
        s.say("items.not_printed")
    if view.ready:
        s.say("help.offer")


def _cooldown(s: _Speaker, view: object) -> None:
    s.say("cooldown.title")
    s.say("cooldown.why")
    wait = s.seconds_until(view.until) if isinstance(view, views.CooldownView) else None
    if wait:
        s.say("cooldown.wait", time=s.words.duration(wait))
    elif wait == 0:
        s.say("cooldown.ready")


BUILDERS: dict[str, Callable[[_Speaker, object], None]] = {
    views.HOME: _home,
    views.RECEIVE_TRACKING: _tracking,
    views.RECEIVE_RESULT: _result,
    views.RECEIVE_DONE: _done,
    views.RECEIVE_NOT_FOUND: _status(views.RECEIVE_NOT_FOUND),
    views.RECEIVE_NOT_ARRIVED: _status(views.RECEIVE_NOT_ARRIVED),
    views.RECEIVE_DELIVERED: _status(views.RECEIVE_DELIVERED),
    views.RECEIVE_RETURNED: _status(views.RECEIVE_RETURNED),
    views.ERROR: _error,
    views.OUT_OF_SERVICE: _out_of_service,
    views.SEND_SCAN: _send_scan,
    views.SEND_CONFIRM: _send_confirm,
    views.SEND_DONE: _send_done,
    views.RECEIVE_PHONE: _phone,
    views.RECEIVE_OTP: _otp,
    views.RECEIVE_ITEMS: _items,
    views.RECEIVE_COOLDOWN: _cooldown,
    views.RECEIVE_PICKUP_CODE: _pickup_code,
}
CUSTOMER_SCREENS = frozenset(BUILDERS)


def spoken_text(
    screen: str, view: object, language: str, tr: Translate, *, now: float | None = None
) -> str:
    """The words for ``screen`` showing ``view``; a staff screen or an unknown one raises
    KeyError (they do not speak), as does a language without words."""
    speaker = _Speaker(language, tr, now)
    BUILDERS[screen](speaker, view)
    return speaker.text()
