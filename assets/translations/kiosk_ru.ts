<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Озвучить</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Озвучить экран</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>CooldownScreen</name>
    <message>
        <source>You can try again in {time}.</source>
        <translation>Попробуйте снова через {time}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause</source>
        <translation>Небольшая пауза</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>Было слишком много попыток, поэтому ради вашей безопасности терминал немного подождёт. С вашими посылками всё в порядке.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать сначала</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>Центральная система</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Последнее сканирование</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Свободно на диске</translation>
    </message>
    <message>
        <source>Records on disk</source>
        <translation>Записи на диске</translation>
    </message>
    <message>
        <source>Recent maintenance actions</source>
        <translation>Последние действия обслуживания</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>не настроены</translation>
    </message>
    <message>
        <source>turned away ({reason})</source>
        <translation>не принимаются ({reason})</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслуживаются</translation>
    </message>
    <message>
        <source>Parcel brought: close the oldest request</source>
        <translation>Посылка принесена: закрыть самый старый запрос</translation>
    </message>
    <message numerus="yes">
        <source>Customers waiting for their parcels: %n</source>
        <translation>
            <numerusform>Клиенты ждут свои посылки: %n</numerusform>
            <numerusform>Клиенты ждут свои посылки: %n</numerusform>
            <numerusform>Клиенты ждут свои посылки: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, compartment {compartment}</source>
        <translation>ряд {row}, ячейка {compartment}</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>измеряется…</translation>
    </message>
    <message>
        <source>reachable, {ms} ms</source>
        <translation>доступна, {ms} мс</translation>
    </message>
    <message>
        <source>not reachable: {detail}</source>
        <translation>недоступна: {detail}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступно</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation>самая старая {age}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused, see the list</source>
        <translation>
            <numerusform>Отклонено: %n, см. список</numerusform>
            <numerusform>Отклонено: %n, см. список</numerusform>
            <numerusform>Отклонено: %n, см. список</numerusform>
        </translation>
    </message>
    <message>
        <source>opened maintenance</source>
        <translation>вход в обслуживание</translation>
    </message>
    <message>
        <source>closed maintenance</source>
        <translation>выход из обслуживания</translation>
    </message>
    <message>
        <source>test slip</source>
        <translation>тестовый чек</translation>
    </message>
    <message>
        <source>copy of the last ticket</source>
        <translation>копия последнего талона</translation>
    </message>
    <message>
        <source>paper replaced</source>
        <translation>бумага заменена</translation>
    </message>
    <message>
        <source>took out of service</source>
        <translation>выведен из работы</translation>
    </message>
    <message>
        <source>put back in service</source>
        <translation>возвращён в работу</translation>
    </message>
    <message>
        <source>sent the outbox</source>
        <translation>очередь отправлена</translation>
    </message>
    <message>
        <source>scanner test</source>
        <translation>проверка сканера</translation>
    </message>
    <message>
        <source>viewed the log</source>
        <translation>просмотр журнала</translation>
    </message>
    <message>
        <source>restarted the app</source>
        <translation>перезапуск приложения</translation>
    </message>
    <message>
        <source>quit to the desktop</source>
        <translation>выход на рабочий стол</translation>
    </message>
    <message>
        <source>self-test started</source>
        <translation>самопроверка начата</translation>
    </message>
    <message>
        <source>self-test</source>
        <translation>самопроверка</translation>
    </message>
    <message>
        <source>by badge</source>
        <translation>по бейджу</translation>
    </message>
    <message>
        <source>by the hidden corner</source>
        <translation>через скрытый угол</translation>
    </message>
    <message>
        <source>no touch for a while</source>
        <translation>долго без касаний</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>по решению сотрудника</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>not printed: {detail}</source>
        <translation>не напечатан: {detail}</translation>
    </message>
    <message>
        <source>by the central system</source>
        <translation>по решению центральной системы</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>central system not reachable</source>
        <translation>центральная система недоступна</translation>
    </message>
    <message>
        <source>no scanner</source>
        <translation>нет сканера</translation>
    </message>
    <message>
        <source>records cannot be saved on disk</source>
        <translation>записи невозможно сохранить на диске</translation>
    </message>
    <message>
        <source>the records file was damaged and rebuilt</source>
        <translation>файл записей был повреждён и восстановлен</translation>
    </message>
    <message>
        <source>the records file cannot be read</source>
        <translation>файл записей не читается</translation>
    </message>
    <message>
        <source>disk space is running low</source>
        <translation>на диске заканчивается место</translation>
    </message>
    <message>
        <source>disk full: no new customers</source>
        <translation>диск заполнен: новые клиенты не принимаются</translation>
    </message>
    <message>
        <source>data folder cannot be written: no new customers</source>
        <translation>в папку данных нельзя записать: новые клиенты не принимаются</translation>
    </message>
    <message>
        <source>disk read or write errors</source>
        <translation>ошибки чтения или записи диска</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>paper near its end</source>
        <translation>бумага заканчивается</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>открыта крышка</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>не отвечает</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>DeliveredScreen</name>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Эта посылка уже получена.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>Если вы не получали её, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-номер: {number}</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Заберите посылку и предъявите на кассе талон и удостоверение личности.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Заберите посылку, назовите на кассе трек-номер и предъявите удостоверение личности.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Сервис временно недоступен.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Попробуйте ещё раз чуть позже. Если не получится, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Collect or send a parcel</source>
        <translation>Получение и отправка посылок</translation>
    </message>
    <message>
        <source>Receive a parcel</source>
        <translation>Получить посылку</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Отправить посылку</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n s.</source>
        <translation>
            <numerusform>Возврат в начало через %n секунду.</numerusform>
            <numerusform>Возврат в начало через %n секунды.</numerusform>
            <numerusform>Возврат в начало через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>Не достаю / нужна помощь</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Сотрудники уже знают: они принесут вам ваши отправления. Пожалуйста, подождите у терминала.</translation>
    </message>
    <message numerus="yes">
        <source>Your items: %n. Collect them here:</source>
        <translation>
            <numerusform>Вас ждёт %n отправление. Где забрать:</numerusform>
            <numerusform>Вас ждут %n отправления. Где забрать:</numerusform>
            <numerusform>Вас ждут %n отправлений. Где забрать:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Ваши отправления</translation>
    </message>
    <message>
        <source>Not ready for pickup</source>
        <translation>Пока нельзя получить</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>Сейчас для этого номера нет посылок к получению. Мы пришлём SMS, как только посылка прибудет.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>Сейчас ни одно из ваших отправлений получить нельзя.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>Талон не удалось напечатать. Запомните ряды и ячейки и назовите на кассе свой номер телефона.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Возьмите талон из принтера внизу: в нём все отправления.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>в пути, ещё не поступило</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>уже получено</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>возвращено отправителю</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>спросите на кассе</translation>
    </message>
</context>
<context>
    <name>MaintenancePinScreen</name>
    <message>
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Слишком много неверных попыток ввода PIN. Повторите через {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Attempts left: %n.</source>
        <translation>
            <numerusform>Неверный PIN. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>У вас нет права входа в служебный режим. Обратитесь к старшему сотруднику.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Staff maintenance</source>
        <translation>Служебный режим</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Сотрудник {id}: введите свой PIN.</translation>
    </message>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Введите PIN сотрудника.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance · staff {id}</source>
        <translation>Обслуживание · сотрудник {id}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Тестовый чек</translation>
    </message>
    <message>
        <source>Reprint last ticket (COPY)</source>
        <translation>Печать копии талона</translation>
    </message>
    <message>
        <source>Paper replaced</source>
        <translation>Бумага заменена</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>Отправить очередь</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Проверка сканера</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Самопроверка</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Quit to the desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Вывести из работы</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Да, выполнить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Restart the app now?</source>
        <translation>Перезапустить программу сейчас?</translation>
    </message>
    <message>
        <source>Quit to the desktop now?</source>
        <translation>Выйти на рабочий стол сейчас?</translation>
    </message>
    <message>
        <source>The last 200 log lines</source>
        <translation>Последние 200 строк журнала</translation>
    </message>
    <message>
        <source>Scan a code: it appears here.</source>
        <translation>Отсканируйте код: он появится здесь.</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Назад к панели</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The test slip was printed.</source>
        <translation>Тестовый чек напечатан.</translation>
    </message>
    <message>
        <source>The copy was printed.</source>
        <translation>Копия напечатана.</translation>
    </message>
    <message>
        <source>Not printed: {detail}</source>
        <translation>Не напечатано: {detail}</translation>
    </message>
    <message>
        <source>No ticket to reprint.</source>
        <translation>Нет талона для повторной печати.</translation>
    </message>
    <message>
        <source>Paper replaced: the printer is asked again.</source>
        <translation>Бумага заменена: состояние принтера запрошено снова.</translation>
    </message>
    <message>
        <source>Out of service: new customers are turned away.</source>
        <translation>Выведен из работы: новые клиенты не принимаются.</translation>
    </message>
    <message>
        <source>Back in service.</source>
        <translation>Снова в работе.</translation>
    </message>
    <message>
        <source>Sending the outbox…</source>
        <translation>Очередь отправляется…</translation>
    </message>
    <message>
        <source>The outbox was sent.</source>
        <translation>Очередь отправлена.</translation>
    </message>
    <message>
        <source>{detail} still waiting: the central system did not take them; tried again later.</source>
        <translation>Ожидают отправки: {detail}. Центральная система их пока не приняла, повторим позже.</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {detail}</source>
        <translation>Очередь не отправлена: {detail}</translation>
    </message>
    <message>
        <source>There is no outbox on this terminal.</source>
        <translation>На этом терминале нет очереди отправки.</translation>
    </message>
    <message>
        <source>Not available on this terminal.</source>
        <translation>Недоступно на этом терминале.</translation>
    </message>
    <message>
        <source>Refused entries</source>
        <translation>Отклонённые</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message for customers (optional):</source>
        <translation>Сообщение для клиентов (необязательно):</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Вывести из работы</translation>
    </message>
</context>
<context>
    <name>NotArrivedScreen</name>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Ваша посылка ещё в пути и пока не поступила.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Приходите, когда получите уведомление о её поступлении.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-номер: {number}</translation>
    </message>
</context>
<context>
    <name>NotFoundScreen</name>
    <message>
        <source>Check the number</source>
        <translation>Проверить номер</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>Посылка с таким номером не найдена.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Сверьте номер с SMS или извещением и введите его ещё раз. Если номер верный, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>You entered: {number}</source>
        <translation>Вы ввели: {number}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <source>New code in {time}</source>
        <translation>Новый код через {time}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation>Введите код из SMS</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to {phone}.</source>
        <translation>Мы отправили 6-значный код на {phone}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Печатаем ваш талон…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Код состоит из 6 цифр.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please ask for a new code with the button below.</source>
        <translation>Код неверный или срок его действия истёк. Запросите новый код кнопкой ниже.</translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong or has expired. Attempts left: %n.</source>
        <translation>
            <numerusform>Код неверный или срок его действия истёк. Осталась %n попытка.</numerusform>
            <numerusform>Код неверный или срок его действия истёк. Осталось %n попытки.</numerusform>
            <numerusform>Код неверный или срок его действия истёк. Осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>Этот терминал временно не работает.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Воспользуйтесь другим терминалом или обратитесь на кассу.</translation>
    </message>
</context>
<context>
    <name>ParcelKinds</name>
    <message>
        <source>Small package</source>
        <translation>Мелкий пакет</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Отправление для постамата</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
</context>
<context>
    <name>ParkedPage</name>
    <message>
        <source>The central system refused these for good; they are kept, never sent by themselves. Fix the cause, then try again.</source>
        <translation>Центральная система отклонила их окончательно; они сохранены и сами не отправляются. Устраните причину и попробуйте снова.</translation>
    </message>
    <message>
        <source>{detail}: back in the outbox, sent again now.</source>
        <translation>{detail}: снова в очереди, отправляется сейчас.</translation>
    </message>
    <message>
        <source>Not put back: {detail}</source>
        <translation>Не возвращено в очередь: {detail}</translation>
    </message>
    <message>
        <source>The list could not be read: {detail}</source>
        <translation>Не удалось прочитать список: {detail}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Отклонённых нет.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Ticket record</source>
        <translation>Запись талона</translation>
    </message>
    <message>
        <source>Staff write</source>
        <translation>Запись сотрудника</translation>
    </message>
    <message>
        <source>shelving</source>
        <translation>размещение на полке</translation>
    </message>
    <message>
        <source>move</source>
        <translation>перемещение</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>возврат отправителю</translation>
    </message>
    <message>
        <source>courier collection</source>
        <translation>передача курьеру</translation>
    </message>
    <message>
        <source>checkout handover</source>
        <translation>выдача на кассе</translation>
    </message>
    <message>
        <source>staff {id}</source>
        <translation>сотрудник {id}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Enter your phone number</source>
        <translation>Введите номер телефона</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number. We will send a code to it by SMS.</source>
        <translation>Мобильный номер Казахстана. Мы отправим на него код в SMS.</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправляем код…</translation>
    </message>
    <message>
        <source>Please type your mobile number: 10 digits after +7.</source>
        <translation>Наберите номер мобильного: 10 цифр после +7.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with +7 7, like +7 701 123 45 67.</source>
        <translation>Это не казахстанский номер. Мобильные номера Казахстана начинаются с +7 7, например +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>Похоже, это городской номер. Введите номер мобильного, на который приходят SMS.</translation>
    </message>
    <message>
        <source>Please check the number: it has 10 digits after +7, like +7 701 123 45 67.</source>
        <translation>Проверьте номер: после +7 идут 10 цифр, например +7 701 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PickupCodeScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Код получения</translation>
    </message>
    <message>
        <source>Type the 6-character pickup code from the SMS, or show its QR code to the scanner.</source>
        <translation>Введите 6-значный код получения из SMS или покажите его QR-код сканеру.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Печатаем талон…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверяем код…</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>Код недействителен или истёк. Сверьте его с SMS и введите ещё раз.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Your parcel is here:</source>
        <translation>Ваша посылка здесь:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>Вид отправления:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <source>Free storage until:</source>
        <translation>Бесплатное хранение по:</translation>
    </message>
    <message>
        <source>Kept here until:</source>
        <translation>Хранится по:</translation>
    </message>
    <message>
        <source>Storage fee today:</source>
        <translation>Плата за хранение на сегодня:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>Не достаю / нужна помощь</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel to you. Please wait by the terminal.</source>
        <translation>Сотрудники уже знают: они принесут вам посылку. Пожалуйста, подождите у терминала.</translation>
    </message>
    <message>
        <source>Cash on delivery, to pay at the checkout: {amount}</source>
        <translation>Наложенный платёж, к оплате на кассе: {amount}</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Возьмите талон из принтера внизу.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>Не удалось напечатать талон. Запомните: ряд {row}, ячейка {compartment}. Назовите на кассе трек-номер.</translation>
    </message>
</context>
<context>
    <name>ReturnedScreen</name>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Эта посылка возвращена отправителю.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Пожалуйста, свяжитесь с отправителем.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-номер: {number}</translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Тестовый чек</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>Центральная система</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>Checking the printer…</source>
        <translation>Проверка принтера…</translation>
    </message>
    <message>
        <source>Type the code printed on the test slip.</source>
        <translation>Введите код, напечатанный на тестовом чеке.</translation>
    </message>
    <message>
        <source>Printing the test slip…</source>
        <translation>Печать тестового чека…</translation>
    </message>
    <message>
        <source>Scan any barcode with this terminal&apos;s scanner.</source>
        <translation>Отсканируйте любой штрихкод сканером этого терминала.</translation>
    </message>
    <message>
        <source>Reaching the central system…</source>
        <translation>Связь с центральной системой…</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Самопроверка пройдена.</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Самопроверка не пройдена.</translation>
    </message>
</context>
<context>
    <name>SendConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Press Send to hand in this box</source>
        <translation>Нажмите «Отправить», чтобы сдать эту коробку</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Box size {size}</source>
        <translation>Размер коробки: {size}</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>Не получилось. Нажмите «Отправить» ещё раз.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>Сейчас коробку проверить нельзя. Она будет зарегистрирована автоматически, как только восстановится связь.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Печатаем квитанцию…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
</context>
<context>
    <name>SendDoneScreen</name>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Спасибо! Поставьте посылку на полку для отправлений.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Сохраните квитанцию: по QR-коду на ней можно отследить посылку.</translation>
    </message>
    <message>
        <source>Box {barcode}: note this number to track the parcel.</source>
        <translation>Коробка {barcode}: запишите этот номер, чтобы отслеживать посылку.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in.</source>
        <translation>Квитанцию не удалось напечатать, но посылка принята.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>Она будет зарегистрирована автоматически.</translation>
    </message>
</context>
<context>
    <name>SendScanScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Отправить посылку</translation>
    </message>
    <message>
        <source>1. Pack your parcel in the prepaid box and close it.
2. Scan the barcode on the box.</source>
        <translation>1. Упакуйте посылку в предоплаченную коробку и закройте её.
2. Отсканируйте штрихкод на коробке.</translation>
    </message>
    <message>
        <source>If the scan does not work, type the barcode and press Check.</source>
        <translation>Если сканирование не получается, введите номер штрихкода и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Checking the box…</source>
        <translation>Проверяем коробку…</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>Этот штрихкод не принадлежит предоплаченной коробке. Проверьте номер или обратитесь на кассу.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>Эта коробка уже сдана на отправку. Коробку можно отправить только один раз.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>Сейчас коробку проверить нельзя. Попробуйте через несколько минут или обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Отсканируйте штрихкод на коробке или введите его.</translation>
    </message>
    <message numerus="yes">
        <source>A box barcode has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>В штрихкоде коробки 13 символов, например {example}. Вы ввели %n символ.</numerusform>
            <numerusform>В штрихкоде коробки 13 символов, например {example}. Вы ввели %n символа.</numerusform>
            <numerusform>В штрихкоде коробки 13 символов, например {example}. Вы ввели %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>Это не штрихкод коробки: проверьте каждый символ.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Collect or send a parcel.</source>
        <translation>Получение и отправка посылок.</translation>
    </message>
    <message>
        <source>If you cannot reach it, choose I need help: staff will bring it to you.</source>
        <translation>Если не можете достать, выберите «Нужна помощь»: сотрудник принесёт посылку.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel from row {row}, compartment {compartment}. Please wait by the terminal.</source>
        <translation>Сотрудники уже знают: они принесут вашу посылку из ряда {row}, ячейка {compartment}. Пожалуйста, подождите у терминала.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Сотрудники уже знают: они принесут ваши отправления. Пожалуйста, подождите у терминала.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press any key to continue.</source>
        <translation>Вы ещё здесь? Чтобы продолжить, коснитесь экрана или нажмите любую клавишу.</translation>
    </message>
    <message>
        <source>Choose: receive a parcel, or send a parcel.</source>
        <translation>Выберите: получить посылку или отправить посылку.</translation>
    </message>
    <message>
        <source>To collect a parcel, choose Receive a parcel.</source>
        <translation>Чтобы получить посылку, выберите «Получить посылку».</translation>
    </message>
    <message>
        <source>You entered: {number}.</source>
        <translation>Вы ввели: {number}.</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}.</source>
        <translation>Трек-номер: {tracking}.</translation>
    </message>
    <message>
        <source>Enter the tracking number: thirteen characters, or scan the barcode.</source>
        <translation>Введите трек-номер: тринадцать символов, или отсканируйте штрихкод.</translation>
    </message>
    <message>
        <source>Looking for your parcel.</source>
        <translation>Ищем вашу посылку.</translation>
    </message>
    <message>
        <source>Printing your ticket.</source>
        <translation>Печатаем ваш талон.</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Введите трек-номер или отсканируйте его штрихкод.</translation>
    </message>
    <message>
        <source>The number has thirteen characters, and you entered {count}.</source>
        <translation>В номере тринадцать символов, а вы ввели {count}.</translation>
    </message>
    <message>
        <source>The number starts with two Latin letters.</source>
        <translation>Номер начинается с двух латинских букв.</translation>
    </message>
    <message>
        <source>After the first two letters come nine digits: check for a letter O typed instead of a zero.</source>
        <translation>После первых двух букв идут девять цифр: проверьте, не набрана ли буква О вместо нуля.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like K Z.</source>
        <translation>Номер заканчивается двумя латинскими буквами, например ка зэт.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Трек-номер не начинается с букв йот, ка, эс, тэ или дубль-вэ: проверьте первую букву.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>В номере опечатка: проверьте каждую цифру.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>Этот штрихкод — не трек-номер. Отсканируйте штрихкод из эсэмэс или с извещения либо введите номер.</translation>
    </message>
    <message>
        <source>Your parcel is here: row {row}, compartment {compartment}.</source>
        <translation>Ваша посылка здесь: ряд {row}, ячейка {compartment}.</translation>
    </message>
    <message>
        <source>Item type: {kind}.</source>
        <translation>Вид отправления: {kind}.</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>посылка</translation>
    </message>
    <message>
        <source>small package</source>
        <translation>мелкий пакет</translation>
    </message>
    <message>
        <source>parcel locker item</source>
        <translation>отправление для постамата</translation>
    </message>
    <message>
        <source>Free storage {until}.</source>
        <translation>Бесплатное хранение {until}.</translation>
    </message>
    <message>
        <source>Kept here {until}.</source>
        <translation>Хранится здесь {until}.</translation>
    </message>
    <message>
        <source>Storage fee today: {amount}.</source>
        <translation>Плата за хранение на сегодня: {amount}.</translation>
    </message>
    <message>
        <source>Cash on delivery {amount}, paid at the checkout.</source>
        <translation>Наложенный платёж {amount}, оплата на кассе.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Возьмите талон из принтера внизу.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>Не удалось напечатать талон. Запомните: ряд {row}, ячейка {compartment}. Назовите на кассе трек-номер.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Заберите посылку и предъявите на кассе талон и удостоверение личности.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Заберите посылку, назовите на кассе трек-номер и предъявите удостоверение личности.</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>Посылка с таким номером не найдена.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Сверьте номер с эсэмэс или извещением и введите его ещё раз. Если номер верный, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Ваша посылка ещё в пути и пока не поступила.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Приходите, когда получите уведомление о её поступлении.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Эта посылка уже получена.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>Если вы не получали её, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Эта посылка возвращена отправителю.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Пожалуйста, свяжитесь с отправителем.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Сервис временно недоступен.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Попробуйте ещё раз чуть позже. Если не получится, обратитесь на кассу.</translation>
    </message>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>Этот терминал временно не работает.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Воспользуйтесь другим терминалом или обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Send a parcel.</source>
        <translation>Отправка посылки.</translation>
    </message>
    <message>
        <source>Pack your parcel in the prepaid box and close it, then scan the barcode on the box. If the scan does not work, type the barcode and press Check.</source>
        <translation>Упакуйте посылку в предоплаченную коробку и закройте её, затем отсканируйте штрихкод на коробке. Если сканирование не получается, введите номер штрихкода и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>Checking the box.</source>
        <translation>Проверяем коробку.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Отсканируйте штрихкод на коробке или введите его.</translation>
    </message>
    <message>
        <source>A box barcode has thirteen characters, and you entered {count}.</source>
        <translation>В штрихкоде коробки тринадцать символов, а вы ввели {count}.</translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>Это не штрихкод коробки: проверьте каждый символ.</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>Этот штрихкод не принадлежит предоплаченной коробке. Проверьте номер или обратитесь на кассу.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>Эта коробка уже сдана на отправку. Коробку можно отправить только один раз.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>Сейчас коробку проверить нельзя. Попробуйте через несколько минут или обратитесь на кассу.</translation>
    </message>
    <message>
        <source>Box {barcode}, size {size}.</source>
        <translation>Коробка {barcode}, размер {size}.</translation>
    </message>
    <message>
        <source>Press Send to hand in this box.</source>
        <translation>Нажмите «Отправить», чтобы сдать эту коробку.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>Сейчас коробку проверить нельзя. Она будет зарегистрирована автоматически, как только восстановится связь.</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>Не получилось. Нажмите «Отправить» ещё раз.</translation>
    </message>
    <message>
        <source>Saving.</source>
        <translation>Сохраняем.</translation>
    </message>
    <message>
        <source>Printing your receipt.</source>
        <translation>Печатаем квитанцию.</translation>
    </message>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Спасибо! Поставьте посылку на полку для отправлений.</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Сохраните квитанцию: по кьюар-коду на ней можно отследить посылку.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in. Box {barcode}: note this number to track the parcel.</source>
        <translation>Квитанцию не удалось напечатать, но посылка принята. Коробка {barcode}: запишите этот номер, чтобы отслеживать посылку.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>Она будет зарегистрирована автоматически.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number: ten digits after plus seven. We will send a code to it by SMS.</source>
        <translation>Мобильный номер Казахстана: десять цифр после плюс семь. Мы отправим на него код в эсэмэс.</translation>
    </message>
    <message>
        <source>Sending the code.</source>
        <translation>Отправляем код.</translation>
    </message>
    <message>
        <source>Please type your mobile number: ten digits after plus seven.</source>
        <translation>Наберите номер мобильного: десять цифр после плюс семь.</translation>
    </message>
    <message>
        <source>Please check the number: it has ten digits after plus seven.</source>
        <translation>Проверьте номер: после плюс семь идут десять цифр.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with plus seven, seven.</source>
        <translation>Это не казахстанский номер. Мобильные номера Казахстана начинаются с плюс семь, семь.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>Похоже, это городской номер. Введите номер мобильного, на который приходят эсэмэс.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Введите код из эсэмэс.</translation>
    </message>
    <message>
        <source>We sent a six-digit code to the number ending in {digits}.</source>
        <translation>Мы отправили шестизначный код на номер, который заканчивается на {digits}.</translation>
    </message>
    <message>
        <source>Checking.</source>
        <translation>Проверяем.</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>Код состоит из шести цифр.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Attempts left: {attempts}.</source>
        <translation>Код неверный или срок его действия истёк. Осталось попыток: {attempts}.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please press Send a new code.</source>
        <translation>Код неверный или срок его действия истёк. Нажмите «Отправить новый код».</translation>
    </message>
    <message>
        <source>You can ask for a new code in {time}.</source>
        <translation>Новый код можно запросить через {time}.</translation>
    </message>
    <message>
        <source>Type the six-character pickup code from the SMS, or show its QR code.</source>
        <translation>Введите шестизначный код получения из эсэмэс или покажите его кью-ар код.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>Код недействителен или истёк. Сверьте его с эсэмэс и введите ещё раз.</translation>
    </message>
    <message>
        <source>You can collect {items}.</source>
        <translation>Можно забрать {items}.</translation>
    </message>
    <message>
        <source>{kind}: row {row}, compartment {compartment}.</source>
        <translation>{kind}: ряд {row}, ячейка {compartment}.</translation>
    </message>
    <message>
        <source>To pay at the checkout: {amount}.</source>
        <translation>К оплате на кассе: {amount}.</translation>
    </message>
    <message>
        <source>{kind}, tracking number {tracking}: {status}.</source>
        <translation>{kind}, трек-номер {tracking}: {status}.</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>в пути, ещё не поступило</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>уже получено</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>возвращено отправителю</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>спросите на кассе</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>Сейчас для этого номера нет посылок к получению. Мы пришлём эсэмэс, как только посылка прибудет.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>Сейчас ни одно из ваших отправлений получить нельзя.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Возьмите талон из принтера внизу: в нём все отправления.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>Талон не удалось напечатать. Запомните ряды и ячейки и назовите на кассе свой номер телефона.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause.</source>
        <translation>Небольшая пауза.</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>Было слишком много попыток, поэтому ради вашей безопасности терминал немного подождёт. С вашими посылками всё в порядке.</translation>
    </message>
    <message>
        <source>You can try again in {time}.</source>
        <translation>Попробуйте снова через {time}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <source>{label}, button.</source>
        <translation>{label}, кнопка.</translation>
    </message>
    <message>
        <source>{label}, key.</source>
        <translation>{label}, клавиша.</translation>
    </message>
    <message>
        <source>{label}, text field, empty.</source>
        <translation>{label}, поле ввода, пусто.</translation>
    </message>
    <message>
        <source>{label}, text field: {value}.</source>
        <translation>{label}, поле ввода: {value}.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Штрихкод коробки</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Code from the SMS</source>
        <translation>Код из эсэмэс</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Louder.</source>
        <translation>Громче.</translation>
    </message>
    <message>
        <source>Quieter.</source>
        <translation>Тише.</translation>
    </message>
    <message>
        <source>Faster.</source>
        <translation>Быстрее.</translation>
    </message>
    <message>
        <source>Slower.</source>
        <translation>Медленнее.</translation>
    </message>
    <message>
        <source>That is the limit.</source>
        <translation>Это предел.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Maintenance</source>
        <translation>Служебный режим</translation>
    </message>
    <message>
        <source>Staff {id}</source>
        <translation>Сотрудник {id}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Checkout desk</source>
        <translation>Касса выдачи</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s ticket, or a parcel.</source>
        <translation>Отсканируйте талон клиента или посылку.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <source>Handed over: {n} item(s). Next customer.</source>
        <translation>Выдано отправлений: {n}. Следующий клиент.</translation>
    </message>
    <message>
        <source>Recorded as not handed over. Next customer.</source>
        <translation>Записано как не выданное. Следующий клиент.</translation>
    </message>
    <message>
        <source>No ID document</source>
        <translation>Нет удостоверения</translation>
    </message>
    <message>
        <source>ID does not match</source>
        <translation>Удостоверение не совпадает</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Отказ от оплаты</translation>
    </message>
    <message>
        <source>Parcel damaged</source>
        <translation>Посылка повреждена</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>уже выдана</translation>
    </message>
    <message>
        <source>returned to sender</source>
        <translation>возвращена отправителю</translation>
    </message>
    <message>
        <source>not on a shelf</source>
        <translation>не на полке</translation>
    </message>
    <message>
        <source>cannot be handed over</source>
        <translation>выдать нельзя</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Не выдано</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID document before handing over.</source>
        <translation>Перед выдачей проверьте удостоверение личности клиента.</translation>
    </message>
    <message>
        <source>Recipient: {name}</source>
        <translation>Получатель: {name}</translation>
    </message>
    <message>
        <source>Row / compartment</source>
        <translation>Ряд / ячейка</translation>
    </message>
    <message>
        <source>Storage fee {fee} · Cash on delivery {cod} · To collect {total}</source>
        <translation>Хранение {fee} · Наложенный платёж {cod} · Получить {total}</translation>
    </message>
    <message>
        <source>Why was it not handed over?</source>
        <translation>Почему не выдано?</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Take each parcel off its shelf and scan it: it goes back to the sender.</source>
        <translation>Снимите каждую посылку с полки и отсканируйте: она вернётся отправителю.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No parcels are due for return today.</source>
        <translation>Сегодня возвратов нет.</translation>
    </message>
    <message>
        <source>Returned: {done}. Still on the shelves: {left}.</source>
        <translation>Возвращено: {done}. Ещё на полках: {left}.</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Передача курьеру</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Печать акта</translation>
    </message>
    <message>
        <source>Scan each box on the dispatch shelf as the courier takes it.</source>
        <translation>Сканируйте каждую коробку с полки отправки, которую забирает курьер.</translation>
    </message>
    <message>
        <source>Keep back (not registered yet): {boxes}</source>
        <translation>Оставить (ещё не зарегистрированы): {boxes}</translation>
    </message>
    <message>
        <source>Collected: {n} box(es).</source>
        <translation>Передано коробок: {n}.</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Акт напечатан.</translation>
    </message>
    <message>
        <source>The slip was not printed: check the printer.</source>
        <translation>Акт не напечатан: проверьте принтер.</translation>
    </message>
    <message>
        <source>Stocking station</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Staff station</source>
        <translation>Рабочее место сотрудника</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Сотрудник {id}: введите свой PIN.</translation>
    </message>
    <message>
        <source>Scan your staff badge, or type your staff id and tap Next.</source>
        <translation>Отсканируйте служебный бейдж или наберите табельный номер и нажмите «Далее».</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Other staff id</source>
        <translation>Другой табельный номер</translation>
    </message>
    <message>
        <source>Too many wrong PINs: sign-in is locked for a while.</source>
        <translation>Слишком много неверных PIN: вход временно заблокирован.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Attempts left: {n}.</source>
        <translation>Неверный номер или PIN. Осталось попыток: {n}.</translation>
    </message>
    <message>
        <source>Shelve arrivals</source>
        <translation>Разместить поступления</translation>
    </message>
    <message>
        <source>Move a parcel</source>
        <translation>Переместить посылку</translation>
    </message>
    <message>
        <source>Print shelf labels</source>
        <translation>Печать ярлыков полок</translation>
    </message>
    <message>
        <source>Now scan the compartment&apos;s shelf label, or type row and compartment (3 12).</source>
        <translation>Теперь отсканируйте ярлык ячейки или введите ряд и ячейку (3 12).</translation>
    </message>
    <message>
        <source>Parcel {number}</source>
        <translation>Посылка {number}</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode.</source>
        <translation>Отсканируйте штрихкод посылки.</translation>
    </message>
    <message>
        <source>{number}: row {row}, compartment {compartment}. Next parcel.</source>
        <translation>{number}: ряд {row}, ячейка {compartment}. Следующая посылка.</translation>
    </message>
    <message>
        <source>A label with a barcode for every compartment of the range.</source>
        <translation>Ярлык со штрихкодом для каждой ячейки диапазона.</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Ряды с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Compartments from</source>
        <translation>Ячейки с</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printed: {n} label(s).</source>
        <translation>Напечатано ярлыков: {n}.</translation>
    </message>
</context>
<context>
    <name>StationProblem</name>
    <message>
        <source>Not saved: the central system cannot be reached. Try again.</source>
        <translation>Не сохранено: нет связи с центральной системой. Повторите.</translation>
    </message>
    <message>
        <source>The central system cannot be reached, and this needs it. Try again in a moment.</source>
        <translation>Нет связи с центральной системой, а она здесь нужна. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>Not found. Check the code and scan again.</source>
        <translation>Не найдено. Проверьте код и отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>This ticket is not known yet (it may still be on its way from the terminal). Scan the parcel instead.</source>
        <translation>Этот талон ещё неизвестен (возможно, он ещё в пути от терминала). Отсканируйте посылку.</translation>
    </message>
    <message>
        <source>This parcel is on no manifest. Put it aside for the supervisor.</source>
        <translation>Этой посылки нет ни в одном манифесте. Отложите её для старшего смены.</translation>
    </message>
    <message>
        <source>This parcel is already on a shelf.</source>
        <translation>Эта посылка уже на полке.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Эта посылка уже выдана.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Эта посылка возвращена отправителю.</translation>
    </message>
    <message>
        <source>This parcel is not on a shelf: shelve it first.</source>
        <translation>Эта посылка не на полке: сначала разместите её.</translation>
    </message>
    <message>
        <source>This parcel&apos;s last day has not passed: put it back on its shelf.</source>
        <translation>Срок хранения этой посылки не истёк: верните её на полку.</translation>
    </message>
    <message>
        <source>Not registered yet: keep this box back for the next collection.</source>
        <translation>Ещё не зарегистрирована: оставьте коробку до следующей передачи.</translation>
    </message>
    <message>
        <source>This station is not allowed to do that: check its role.</source>
        <translation>Этому рабочему месту это не разрешено: проверьте его роль.</translation>
    </message>
    <message>
        <source>This is not a valid code.</source>
        <translation>Это недействительный код.</translation>
    </message>
    <message>
        <source>Row or compartment not accepted.</source>
        <translation>Ряд или ячейка не приняты.</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode first.</source>
        <translation>Сначала отсканируйте штрихкод посылки.</translation>
    </message>
    <message>
        <source>Scan the compartment&apos;s shelf label, or type row and compartment.</source>
        <translation>Отсканируйте ярлык ячейки или введите ряд и ячейку.</translation>
    </message>
    <message>
        <source>This is not a box barcode.</source>
        <translation>Это не штрихкод коробки.</translation>
    </message>
    <message>
        <source>This box is already on the list.</source>
        <translation>Эта коробка уже в списке.</translation>
    </message>
    <message>
        <source>Type the first and last row and the first and last compartment.</source>
        <translation>Введите первый и последний ряд и первую и последнюю ячейку.</translation>
    </message>
    <message>
        <source>Too many labels at once: print a smaller range.</source>
        <translation>Слишком много ярлыков сразу: напечатайте меньший диапазон.</translation>
    </message>
    <message>
        <source>Not printed: check the printer and try again.</source>
        <translation>Не напечатано: проверьте принтер и повторите.</translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>У вас нет права входа в служебный режим. Обратитесь к старшему сотруднику.</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong: ask a supervisor to check it.</source>
        <translation>Часы этой станции показывают неверное время: попросите старшего сотрудника их проверить.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Слишком много попыток: подождите минуту и повторите.</translation>
    </message>
    <message>
        <source>Refused by the central system.</source>
        <translation>Отклонено центральной системой.</translation>
    </message>
    <message>
        <source>Saved on this station: it will be sent when the connection returns. Carry on.</source>
        <translation>Сохранено на этой станции: будет отправлено, когда связь восстановится. Продолжайте работу.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Pickup ticket</source>
        <translation>Талон на получение</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Отправление {number} из {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Вид отправления</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Free storage until</source>
        <translation>Бесплатное хранение по</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранится по</translation>
    </message>
    <message>
        <source>Storage fee today</source>
        <translation>Плата за хранение на сегодня</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Наложенный платёж</translation>
    </message>
    <message>
        <source>To pay at the checkout</source>
        <translation>К оплате на кассе</translation>
    </message>
    <message>
        <source>Take the item and present this ticket and your ID at the checkout.</source>
        <translation>Заберите посылку и предъявите на кассе этот талон и удостоверение личности.</translation>
    </message>
    <message>
        <source>Cannot reach it? Press I need help on the screen or ask at the checkout: staff will bring the parcel to you.</source>
        <translation>Не можете достать? Нажмите на экране «Нужна помощь» или скажите на кассе: сотрудник принесёт посылку.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Small package</source>
        <translation>Мелкий пакет</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Отправление для постамата</translation>
    </message>
    <message>
        <source>Dispatch receipt</source>
        <translation>Квитанция об отправке</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Штрихкод коробки</translation>
    </message>
    <message>
        <source>Box size</source>
        <translation>Размер коробки</translation>
    </message>
    <message>
        <source>Dispatch reference</source>
        <translation>Номер отправки</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Scan to track your parcel</source>
        <translation>Отсканируйте, чтобы отследить посылку</translation>
    </message>
    <message>
        <source>Put the parcel on the dispatch shelf.</source>
        <translation>Поставьте посылку на полку для отправлений.</translation>
    </message>
    <message>
        <source>The central system could not be reached: this dispatch will be registered automatically.</source>
        <translation>Нет связи с центральной системой: отправка будет зарегистрирована автоматически.</translation>
    </message>
    <message>
        <source>Shelf labels</source>
        <translation>Ярлыки полок</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Передача курьеру</translation>
    </message>
    <message>
        <source>Boxes collected</source>
        <translation>Передано коробок</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Courier&apos;s signature</source>
        <translation>Подпись курьера</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Enter the tracking number</source>
        <translation>Введите трек-номер</translation>
    </message>
    <message>
        <source>13 characters, like {example}, or scan the barcode</source>
        <translation>13 символов, например {example}, или отсканируйте штрихкод</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Use my phone number</source>
        <translation>По номеру телефона</translation>
    </message>
    <message>
        <source>I have a pickup code</source>
        <translation>У меня есть код получения</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Печатаем талон…</translation>
    </message>
    <message>
        <source>Looking for your parcel…</source>
        <translation>Ищем вашу посылку…</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Введите трек-номер или отсканируйте его штрихкод.</translation>
    </message>
    <message numerus="yes">
        <source>The number has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>В номере 13 символов, например {example}. Вы ввели %n символ.</numerusform>
            <numerusform>В номере 13 символов, например {example}. Вы ввели %n символа.</numerusform>
            <numerusform>В номере 13 символов, например {example}. Вы ввели %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number starts with two Latin letters, like CC or RR.</source>
        <translation>Номер начинается с двух латинских букв, например CC или RR.</translation>
    </message>
    <message>
        <source>After the first two letters come 9 digits: check for a letter O typed instead of a zero.</source>
        <translation>После первых двух букв идут 9 цифр: проверьте, не набрана ли буква O вместо нуля.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like KZ.</source>
        <translation>Номер заканчивается двумя латинскими буквами, например KZ.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Трек-номер не начинается с J, K, S, T или W: проверьте первую букву.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>Этот штрихкод — не трек-номер. Отсканируйте штрихкод из SMS или с извещения либо введите номер.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>В номере опечатка: проверьте каждую цифру.</translation>
    </message>
</context>
</TS>
