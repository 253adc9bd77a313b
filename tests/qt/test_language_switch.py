"""Switching language re-renders the screen in place: the texts change, what was typed stays."""

from __future__ import annotations

from kiosk_driver import (
    WAIT_MS,
    button,
    expected,
    messages,
    tap,
    text_of,
    type_keys,
    visible_texts,
    wait_for_screen,
)

from kiosk import views

WRONG_LENGTH = "The number has 13 characters, like {example}. You entered %n."
SMALL_PACKAGE = (
    "RR123456785KZ"  # demo data: a small package awaiting pickup at row 5, compartment 3
)


def test_tapping_russian_on_the_tracking_screen_keeps_the_half_typed_number(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    type_keys(qtbot, window, "CC01669")
    field = window.tracking.field
    assert field.text() == "CC 0166 9"
    assert text_of(window, "title") == expected("kk", "TrackingScreen", "Enter the tracking number")

    with qtbot.assertNotEmitted(kiosk.controller.screen_changed):
        tap(qtbot, window, "lang_ru")

        def russian() -> None:
            assert text_of(window, "title") == "Введите трек-номер"
            assert button(window, "submit").text() == expected("ru", "TrackingScreen", "Find")
            assert button(window, "back").text() == expected("ru", "TrackingScreen", "Back")
            assert button(window, "key_clear").text() == expected("ru", "OnScreenKeyboard", "Clear")

        qtbot.waitUntil(russian, timeout=WAIT_MS)

    assert kiosk.controller.language == "ru"
    assert field.text() == "CC 0166 9"
    assert field.value == "CC01669"
    assert button(window, "lang_ru").property("current") is True
    assert button(window, "lang_kk").property("current") is False
    type_keys(qtbot, window, "5")  # and typing goes on where it stopped
    assert field.text() == "CC 0166 95"


def test_an_inline_error_is_retranslated_and_stays_shown(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, "CC0166")
    tap(qtbot, window, "submit")
    qtbot.waitUntil(lambda: window.tracking.error.isVisible(), timeout=WAIT_MS)
    [kazakh] = set(messages("kk")[("TrackingScreen", WRONG_LENGTH)])
    assert window.tracking.error.text() == kazakh.replace("%n", "6").format(example="CC016695190KZ")

    tap(qtbot, window, "lang_ru")

    def russian() -> None:
        assert window.tracking.error.text() == (
            "В номере 13 символов, например CC016695190KZ. Вы ввели 6 символов."
        )

    qtbot.waitUntil(russian, timeout=WAIT_MS)
    assert window.tracking.error.isVisible()
    assert window.tracking.field.text() == "CC 0166"


def test_the_result_screen_retranslates_item_kind_and_captions_and_keeps_the_values(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, SMALL_PACKAGE)
    tap(qtbot, window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    result = window.result
    assert result.values["kind"].text() == expected("kk", "ParcelKinds", "Small package")
    dates = [result.values[f].text() for f in ("arrived", "free_until", "storage_until")]
    assert all(len(d) == 10 and d.count(".") == 2 for d in dates)

    tap(qtbot, window, "lang_ru")

    def russian() -> None:
        assert result.values["kind"].text() == "Мелкий пакет"
        assert result.captions["kind"].text() == expected("ru", "ResultScreen", "Item type:")
        assert result.row_tile.caption.text() == "Ряд"
        assert result.compartment_tile.caption.text() == "Ячейка"
        assert button(window, "home").text() == expected("ru", "ResultScreen", "Done")

    qtbot.waitUntil(russian, timeout=WAIT_MS)
    assert [result.values[f].text() for f in ("arrived", "free_until", "storage_until")] == dates
    assert (result.row_tile.value.text(), result.compartment_tile.value.text()) == ("5", "3")
    assert kiosk.controller.screen == views.RECEIVE_RESULT

    tap(qtbot, window, "lang_en")
    qtbot.waitUntil(lambda: result.values["kind"].text() == "Small package", timeout=WAIT_MS)
    assert "Row" in visible_texts(window)


def test_a_status_screen_retranslates_and_keeps_the_number(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, "RR000000080KZ")  # valid, but not in the demo data
    tap(qtbot, window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
    screen = window.current_screen()
    assert screen.number.text() == expected("kk", "NotFoundScreen", "You entered: {number}").format(
        number="RR 0000 0008 0 KZ"
    )

    tap(qtbot, window, "lang_ru")
    qtbot.waitUntil(lambda: screen.number.text() == "Вы ввели: RR 0000 0008 0 KZ", timeout=WAIT_MS)
    assert screen.title.text() == expected(
        "ru", "NotFoundScreen", "We could not find a parcel with this number."
    )
    tap(qtbot, window, "retry")  # back to the entry, in Russian, with the number
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    assert text_of(window, "title") == "Введите трек-номер"
    assert window.tracking.field.text() == "RR 0000 0008 0 KZ"


def test_home_from_a_screen_that_ends_the_visit_is_the_next_customer_in_the_default_language(
    qtbot, kiosk
):
    window = kiosk.window
    tap(qtbot, window, "lang_ru")
    tap(qtbot, window, "receive")
    tap(qtbot, window, "back")  # the same customer going back: still Russian
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert kiosk.controller.language == "ru"
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, "RR000000080KZ")  # valid, but not in the demo data
    tap(qtbot, window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
    tap(qtbot, window, "home")  # this visit is over
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert kiosk.controller.language == "kk"
