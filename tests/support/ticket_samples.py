"""Sample parcels and ticket translations for the printer tests and the example preview.

Run as a script to write the Kazakh example preview:
``python tests/printers/ticket_samples.py docs/ticket-example-kk.png``
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.documents import Document
from kiosk.models import Location, Parcel
from kiosk.receive.ticket import build_receive_ticket

KK: dict[str, str] = {
    "Pickup ticket": "Жөнелтілімді алу талоны",
    "Item {number} of {count}": "Жөнелтілім {number} / {count}",
    "Row": "Қатар",
    "Compartment": "Ұяшық",
    "Tracking number": "Трек-нөмір",
    "Item type": "Түрі",
    "Arrived": "Келген күні",
    "Free storage until": "Тегін сақтау",
    "Kept until": "Сақталу мерзімі",
    "Storage fee today": "Бүгінгі сақтау ақысы",
    "Cash on delivery": "Салынған төлем",
    "To pay at the checkout": "Кассада төленеді",
    "Take the item and present this ticket and your ID at the checkout.": (
        "Жөнелтілімді алып, осы талон мен жеке куәлігіңізді кассада көрсетіңіз."
    ),
    "Cannot reach it? Press I need help on the screen or ask at the checkout: "
    "staff will bring the parcel to you.": (
        "Қолыңыз жетпей ме? Экрандағы «Көмек керек» түймесін басыңыз немесе кассаға айтыңыз: "
        "қызметкерлер сәлемдемені әкеліп береді."
    ),
    "Ticket": "Талон",
    "Terminal": "Терминал",
    "Location": "Мекенжай",
    "Printed": "Басылды",
    "Parcel": "Сәлемдеме",
    "Small package": "Ұсақ пакет",
    "Parcel locker item": "Постамат жөнелтілімі",
}

RU: dict[str, str] = {
    "Pickup ticket": "Талон на получение",
    "Item {number} of {count}": "Отправление {number} из {count}",
    "Row": "Ряд",
    "Compartment": "Ячейка",
    "Tracking number": "Трек-номер",
    "Item type": "Тип",
    "Arrived": "Поступило",
    "Free storage until": "Бесплатно до",
    "Kept until": "Хранится до",
    "Storage fee today": "Плата за хранение сегодня",
    "Cash on delivery": "Наложенный платёж",
    "To pay at the checkout": "К оплате на кассе",
    "Take the item and present this ticket and your ID at the checkout.": (
        "Возьмите отправление и предъявите этот талон и удостоверение личности на кассе."
    ),
    "Cannot reach it? Press I need help on the screen or ask at the checkout: "
    "staff will bring the parcel to you.": (
        "Не можете достать? Нажмите на экране «Нужна помощь» или скажите на кассе: "
        "сотрудник принесёт посылку."
    ),
    "Ticket": "Талон",
    "Terminal": "Терминал",
    "Location": "Адрес",
    "Printed": "Напечатано",
    "Parcel": "Посылка",
    "Small package": "Мелкий пакет",
    "Parcel locker item": "Отправление из постамата",
}

TRACKING = "RR123456785KZ"
SECOND_TRACKING = "CC016695190KZ"
PRINTED_AT = dt.datetime(2026, 11, 25, 9, 5, tzinfo=dt.UTC)  # 14:05 in Almaty


def translator(table: Mapping[str, str]) -> Callable[[str], str]:
    return lambda text: table.get(text, text)


def parcel(tracking: str = TRACKING, **changes: object) -> Parcel:
    fields: dict[str, object] = {
        "tracking_number": tracking,
        "kind": "parcel",
        "status": "awaiting_pickup",
        "location": Location(row="3", compartment="12"),
        "arrived_at": dt.datetime(2026, 11, 2, 6, 30, tzinfo=dt.UTC),
        "free_until": dt.date(2026, 11, 15),
        "storage_until": dt.date(2026, 12, 1),
        "storage_fee_kzt": 4000,
        "cod_amount_kzt": 15900,
    }
    fields.update(changes)
    return Parcel.model_validate(fields)


def ticket(
    parcels: list[Parcel] | None = None,
    *,
    table: Mapping[str, str] = KK,
    language: str = "kk",
    job_id: str = "lookup-1",
) -> Document:
    return build_receive_ticket(
        parcels if parcels is not None else [parcel()],
        ticket_ref="T-2026-000123",
        terminal_id="KZ-ALA-0042",
        terminal_location="Алматы, Абай даңғылы 52, сәлемдеме супермаркеті",
        printed_at=PRINTED_AT,
        language=language,
        tr=translator(table),
        job_id=job_id,
    )


def main(out: Path) -> None:
    from printers.layout import WIDTH_80MM, render_preview

    small = parcel(
        SECOND_TRACKING,
        kind="small_package",
        location=Location(row="7", compartment="104"),
        storage_fee_kzt=0,
        cod_amount_kzt=0,
    )
    render_preview(ticket([parcel(), small]), WIDTH_80MM).save(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
