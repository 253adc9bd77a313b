<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Дауыстап оқу</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Экранды дауыстап оқу</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Үлкен мәтін</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
</context>
<context>
    <name>CooldownScreen</name>
    <message>
        <source>You can try again in {time}.</source>
        <translation>Қайта көру үшін {time} күтіңіз.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Енді қайта көруге болады.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause</source>
        <translation>Аз ғана үзіліс жасайық</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>Әрекеттер тым көп болды, сондықтан қауіпсіздігіңіз үшін терминал біраз күтеді. Сәлемдемелеріңізге қатысты ешқандай мәселе жоқ.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басынан бастау</translation>
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
        <translation>Орталық жүйе</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Жіберу кезегі</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Сканерлер</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Соңғы сканерлеу</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Дисктегі бос орын</translation>
    </message>
    <message>
        <source>Records on disk</source>
        <translation>Дискідегі жазбалар</translation>
    </message>
    <message>
        <source>Recent maintenance actions</source>
        <translation>Соңғы қызмет көрсету әрекеттері</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>бапталмаған</translation>
    </message>
    <message>
        <source>turned away ({reason})</source>
        <translation>қабылданбайды ({reason})</translation>
    </message>
    <message>
        <source>served</source>
        <translation>қызмет көрсетілуде</translation>
    </message>
    <message>
        <source>Parcel brought: close the oldest request</source>
        <translation>Сәлемдеме әкелінді: ең ескі өтінішті жабу</translation>
    </message>
    <message numerus="yes">
        <source>Customers waiting for their parcels: %n</source>
        <translation>
            <numerusform>Сәлемдемесін күтіп тұрған клиенттер: %n</numerusform>
            <numerusform>Сәлемдемесін күтіп тұрған клиенттер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, compartment {compartment}</source>
        <translation>қатар {row}, ұяшық {compartment}</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>өлшенуде…</translation>
    </message>
    <message>
        <source>reachable, {ms} ms</source>
        <translation>қолжетімді, {ms} мс</translation>
    </message>
    <message>
        <source>not reachable: {detail}</source>
        <translation>қолжетімсіз: {detail}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>қолжетімсіз</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n күтуде</numerusform>
            <numerusform>%n күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation>ең ескісі {age}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused, see the list</source>
        <translation>
            <numerusform>%n қабылданбады, тізімді қараңыз</numerusform>
            <numerusform>%n қабылданбады, тізімді қараңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>opened maintenance</source>
        <translation>қызмет көрсету ашылды</translation>
    </message>
    <message>
        <source>closed maintenance</source>
        <translation>қызмет көрсету жабылды</translation>
    </message>
    <message>
        <source>test slip</source>
        <translation>сынақ чегі</translation>
    </message>
    <message>
        <source>copy of the last ticket</source>
        <translation>соңғы талон көшірмесі</translation>
    </message>
    <message>
        <source>paper replaced</source>
        <translation>қағаз ауыстырылды</translation>
    </message>
    <message>
        <source>took out of service</source>
        <translation>жұмысы тоқтатылды</translation>
    </message>
    <message>
        <source>put back in service</source>
        <translation>жұмысқа қосылды</translation>
    </message>
    <message>
        <source>sent the outbox</source>
        <translation>кезек жіберілді</translation>
    </message>
    <message>
        <source>scanner test</source>
        <translation>сканер сынағы</translation>
    </message>
    <message>
        <source>viewed the log</source>
        <translation>журнал қаралды</translation>
    </message>
    <message>
        <source>restarted the app</source>
        <translation>бағдарлама қайта іске қосылды</translation>
    </message>
    <message>
        <source>quit to the desktop</source>
        <translation>жұмыс үстеліне шықты</translation>
    </message>
    <message>
        <source>self-test started</source>
        <translation>өзін-өзі тексеру басталды</translation>
    </message>
    <message>
        <source>self-test</source>
        <translation>өзін-өзі тексеру</translation>
    </message>
    <message>
        <source>by badge</source>
        <translation>бейдж арқылы</translation>
    </message>
    <message>
        <source>by the hidden corner</source>
        <translation>жасырын бұрыш арқылы</translation>
    </message>
    <message>
        <source>no touch for a while</source>
        <translation>ұзақ уақыт әрекетсіз</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>қызметкердің шешімімен</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басылды</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>not printed: {detail}</source>
        <translation>басылмады: {detail}</translation>
    </message>
    <message>
        <source>by the central system</source>
        <translation>орталық жүйенің шешімімен</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>central system not reachable</source>
        <translation>орталық жүйе қолжетімсіз</translation>
    </message>
    <message>
        <source>no scanner</source>
        <translation>сканер жоқ</translation>
    </message>
    <message>
        <source>records cannot be saved on disk</source>
        <translation>жазбаларды дискіге сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>the records file was damaged and rebuilt</source>
        <translation>жазбалар файлы зақымданған, қайта жасалды</translation>
    </message>
    <message>
        <source>the records file cannot be read</source>
        <translation>жазбалар файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>disk space is running low</source>
        <translation>дискіде орын азайып барады</translation>
    </message>
    <message>
        <source>disk full: no new customers</source>
        <translation>диск толы: жаңа клиенттер қабылданбайды</translation>
    </message>
    <message>
        <source>data folder cannot be written: no new customers</source>
        <translation>деректер қалтасына жазу мүмкін емес: жаңа клиенттер қабылданбайды</translation>
    </message>
    <message>
        <source>disk read or write errors</source>
        <translation>дискіні оқу немесе жазу қателері</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>қалыпты</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>paper near its end</source>
        <translation>қағаз таусылып барады</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>қағаз таусылды</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>қақпағы ашық</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>жауап бермейді</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
</context>
<context>
    <name>DeliveredScreen</name>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Бұл сәлемдеме алынып қойған.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>Егер оны өзіңіз алмаған болсаңыз, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-нөмір: {number}</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Рақмет!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Сәлемдемені алып, кассада талон мен жеке куәлігіңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Сәлемдемені алып, кассада трек-нөміріңізді айтып, жеке куәлігіңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Қызмет уақытша қолжетімсіз.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Сәл кейінірек қайталап көріңіз. Көмектеспесе, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Collect or send a parcel</source>
        <translation>Сәлемдемелерді алу және жіберу</translation>
    </message>
    <message>
        <source>Receive a parcel</source>
        <translation>Сәлемдемені алу</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Сәлемдеме жіберу</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n s.</source>
        <translation>
            <numerusform>%n секундтан кейін басты бетке ораламыз.</numerusform>
            <numerusform>%n секундтан кейін басты бетке ораламыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>Қолым жетпейді / көмек керек</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Қызметкерлерге хабарланды: жөнелтілімдеріңізді өздері әкеліп береді. Терминалдың жанында күте тұрыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Your items: %n. Collect them here:</source>
        <translation>
            <numerusform>Алуға дайын %n жөнелтілім бар. Ол мына жерде:</numerusform>
            <numerusform>Алуға дайын %n жөнелтілім бар. Олар мына жерде:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Сіздің жөнелтілімдеріңіз</translation>
    </message>
    <message>
        <source>Not ready for pickup</source>
        <translation>Әзірге алуға болмайды</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>Қазір бұл нөмір бойынша алуға дайын сәлемдеме жоқ. Сәлемдеме келген бойда SMS жібереміз.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>Қазір жөнелтілімдеріңіздің ешқайсысын алуға болмайды.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>Талон басылмады. Қатарлар мен ұяшықтарды есте сақтап, кассада телефон нөміріңізді айтыңыз.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Талонды төмендегі принтерден алыңыз: онда барлық жөнелтілім көрсетілген.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Қатар</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ұяшық</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Жөнелтілім</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Төлеуге</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>жолда, әлі келген жоқ</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>алынып қойған</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>жіберушіге қайтарылды</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>кассадан сұраңыз</translation>
    </message>
</context>
<context>
    <name>MaintenancePinScreen</name>
    <message>
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>PIN-код тым көп рет қате терілді. Қайталау үшін {time} күтіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Attempts left: %n.</source>
        <translation>
            <numerusform>PIN-код қате. Қалған әрекет: %n.</numerusform>
            <numerusform>PIN-код қате. Қалған әрекет: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>Сізде қызметтік режимге кіру құқығы жоқ. Аға қызметкерге жүгініңіз.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Staff maintenance</source>
        <translation>Қызметтік режим</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Қызметкер {id}: PIN-кодыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Қызметкердің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Кіру</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance · staff {id}</source>
        <translation>Қызмет көрсету · қызметкер {id}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Сынақ чегін басу</translation>
    </message>
    <message>
        <source>Reprint last ticket (COPY)</source>
        <translation>Талон көшірмесін басу</translation>
    </message>
    <message>
        <source>Paper replaced</source>
        <translation>Қағаз ауыстырылды</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>Кезекті қазір жіберу</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Сканер сынағы</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Өзін-өзі тексеру</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Қайта іске қосу</translation>
    </message>
    <message>
        <source>Quit to the desktop</source>
        <translation>Жұмыс үстеліне шығу</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Жұмысқа қосу</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Жұмысын тоқтату</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Иә, орындау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Restart the app now?</source>
        <translation>Бағдарламаны қазір қайта іске қосасыз ба?</translation>
    </message>
    <message>
        <source>Quit to the desktop now?</source>
        <translation>Жұмыс үстеліне қазір шығасыз ба?</translation>
    </message>
    <message>
        <source>The last 200 log lines</source>
        <translation>Журналдың соңғы 200 жолы</translation>
    </message>
    <message>
        <source>Scan a code: it appears here.</source>
        <translation>Кодты сканерлеңіз: ол осында көрінеді.</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Басқару тақтасына оралу</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>The test slip was printed.</source>
        <translation>Сынақ чегі басылды.</translation>
    </message>
    <message>
        <source>The copy was printed.</source>
        <translation>Көшірме басылды.</translation>
    </message>
    <message>
        <source>Not printed: {detail}</source>
        <translation>Басылмады: {detail}</translation>
    </message>
    <message>
        <source>No ticket to reprint.</source>
        <translation>Қайта басатын талон жоқ.</translation>
    </message>
    <message>
        <source>Paper replaced: the printer is asked again.</source>
        <translation>Қағаз ауыстырылды: принтердің күйі қайта тексеріледі.</translation>
    </message>
    <message>
        <source>Out of service: new customers are turned away.</source>
        <translation>Жұмысы тоқтатылды: жаңа клиенттер қабылданбайды.</translation>
    </message>
    <message>
        <source>Back in service.</source>
        <translation>Терминал қайта жұмыс істейді.</translation>
    </message>
    <message>
        <source>Sending the outbox…</source>
        <translation>Кезек жіберілуде…</translation>
    </message>
    <message>
        <source>The outbox was sent.</source>
        <translation>Кезек жіберілді.</translation>
    </message>
    <message>
        <source>{detail} still waiting: the central system did not take them; tried again later.</source>
        <translation>{detail} күтуде: орталық жүйе оларды әлі қабылдамады; кейін қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {detail}</source>
        <translation>Кезек жіберілмеді: {detail}</translation>
    </message>
    <message>
        <source>There is no outbox on this terminal.</source>
        <translation>Бұл терминалда жіберу кезегі жоқ.</translation>
    </message>
    <message>
        <source>Not available on this terminal.</source>
        <translation>Бұл терминалда қолжетімсіз.</translation>
    </message>
    <message>
        <source>Refused entries</source>
        <translation>Қабылданбағандар</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message for customers (optional):</source>
        <translation>Клиенттерге хабарлама (міндетті емес):</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Жұмысын тоқтату</translation>
    </message>
</context>
<context>
    <name>NotArrivedScreen</name>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Сәлемдемеңіз әлі жолда, әзірге келіп түскен жоқ.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Сәлемдеме келгені туралы хабарлама алған соң келіңіз.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-нөмір: {number}</translation>
    </message>
</context>
<context>
    <name>NotFoundScreen</name>
    <message>
        <source>Check the number</source>
        <translation>Нөмірді тексеру</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>Бұл нөмір бойынша сәлемдеме табылмады.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Нөмірді SMS-пен немесе хабарламамен салыстырып, қайта енгізіңіз. Нөмір дұрыс болса, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
    <message>
        <source>You entered: {number}</source>
        <translation>Сіз енгізген нөмір: {number}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Send a new code</source>
        <translation>Жаңа код жіберу</translation>
    </message>
    <message>
        <source>New code in {time}</source>
        <translation>Жаңа код: {time}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation>SMS-тегі кодты енгізіңіз</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to {phone}.</source>
        <translation>{phone} нөміріне 6 таңбалы код жібердік.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Талоныңыз басылып жатыр…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Код 6 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please ask for a new code with the button below.</source>
        <translation>Код қате немесе мерзімі өтіп кетті. «Жаңа код жіберу» түймесін басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong or has expired. Attempts left: %n.</source>
        <translation>
            <numerusform>Код қате немесе мерзімі өтіп кетті. Қалған әрекет: %n.</numerusform>
            <numerusform>Код қате немесе мерзімі өтіп кетті. Қалған әрекет: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>Бұл терминал уақытша жұмыс істемейді.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Басқа терминалды пайдаланыңыз немесе кассаға жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>ParcelKinds</name>
    <message>
        <source>Small package</source>
        <translation>Ұсақ пакет</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Постамат жөнелтілімі</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Сәлемдеме</translation>
    </message>
</context>
<context>
    <name>ParkedPage</name>
    <message>
        <source>The central system refused these for good; they are kept, never sent by themselves. Fix the cause, then try again.</source>
        <translation>Орталық жүйе бұларды біржола қабылдамады; олар сақталады, өздігінен жіберілмейді. Себебін түзетіп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>{detail}: back in the outbox, sent again now.</source>
        <translation>{detail}: қайтадан кезекте, қазір жіберіледі.</translation>
    </message>
    <message>
        <source>Not put back: {detail}</source>
        <translation>Кезекке қайтарылмады: {detail}</translation>
    </message>
    <message>
        <source>The list could not be read: {detail}</source>
        <translation>Тізімді оқу мүмкін болмады: {detail}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Қабылданбаған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <source>Ticket record</source>
        <translation>Талон жазбасы</translation>
    </message>
    <message>
        <source>Staff write</source>
        <translation>Қызметкер жазбасы</translation>
    </message>
    <message>
        <source>shelving</source>
        <translation>сөреге қою</translation>
    </message>
    <message>
        <source>move</source>
        <translation>ауыстыру</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>жіберушіге қайтару</translation>
    </message>
    <message>
        <source>courier collection</source>
        <translation>курьерге беру</translation>
    </message>
    <message>
        <source>checkout handover</source>
        <translation>кассада беру</translation>
    </message>
    <message>
        <source>staff {id}</source>
        <translation>қызметкер {id}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Enter your phone number</source>
        <translation>Телефон нөміріңізді енгізіңіз</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number. We will send a code to it by SMS.</source>
        <translation>Қазақстандық ұялы нөмір. Оған SMS арқылы код жібереміз.</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Код жіберу</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Код жіберіліп жатыр…</translation>
    </message>
    <message>
        <source>Please type your mobile number: 10 digits after +7.</source>
        <translation>Ұялы нөміріңізді теріңіз: +7-ден кейін 10 цифр.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with +7 7, like +7 701 123 45 67.</source>
        <translation>Бұл қазақстандық нөмір емес. Қазақстандық ұялы нөмірлер +7 7-ден басталады, мысалы +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>Бұл қалалық нөмірге ұқсайды. SMS қабылдай алатын ұялы нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <source>Please check the number: it has 10 digits after +7, like +7 701 123 45 67.</source>
        <translation>Нөмірді тексеріңіз: +7-ден кейін 10 цифр болуы керек, мысалы +7 701 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PickupCodeScreen</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Алу коды</translation>
    </message>
    <message>
        <source>Type the 6-character pickup code from the SMS, or show its QR code to the scanner.</source>
        <translation>SMS-тегі 6 таңбалы алу кодын енгізіңіз немесе оның QR-кодын сканерге көрсетіңіз.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Талон басылып жатыр…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Код тексерілуде…</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>Код жарамсыз немесе мерзімі өткен. SMS-пен салыстырып, қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Your parcel is here:</source>
        <translation>Сәлемдемеңіз осында:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Қатар</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ұяшық</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>Жөнелтілім түрі:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Трек-нөмір:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Келіп түскен күні:</translation>
    </message>
    <message>
        <source>Free storage until:</source>
        <translation>Тегін сақтаудың соңғы күні:</translation>
    </message>
    <message>
        <source>Kept here until:</source>
        <translation>Сақтаудың соңғы күні:</translation>
    </message>
    <message>
        <source>Storage fee today:</source>
        <translation>Бүгінгі сақтау ақысы:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>Қолым жетпейді / көмек керек</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel to you. Please wait by the terminal.</source>
        <translation>Қызметкерлерге хабарланды: сәлемдемеңізді өздері әкеліп береді. Терминалдың жанында күте тұрыңыз.</translation>
    </message>
    <message>
        <source>Cash on delivery, to pay at the checkout: {amount}</source>
        <translation>Салынған төлем, кассада төленеді: {amount}</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Талонды төмендегі принтерден алыңыз.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>Талонды басып шығару мүмкін болмады. Есте сақтаңыз: қатар {row}, ұяшық {compartment}. Кассада трек-нөміріңізді айтыңыз.</translation>
    </message>
</context>
<context>
    <name>ReturnedScreen</name>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Бұл сәлемдеме жіберушіге қайтарылды.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Жіберушімен хабарласыңыз.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басты бетке</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Трек-нөмір: {number}</translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Сынақ чегі</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>Орталық жүйе</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>Checking the printer…</source>
        <translation>Принтер тексерілуде…</translation>
    </message>
    <message>
        <source>Type the code printed on the test slip.</source>
        <translation>Сынақ чегінде басылған кодты теріңіз.</translation>
    </message>
    <message>
        <source>Printing the test slip…</source>
        <translation>Сынақ чегі басылуда…</translation>
    </message>
    <message>
        <source>Scan any barcode with this terminal&apos;s scanner.</source>
        <translation>Осы терминалдың сканерімен кез келген штрихкодты сканерлеңіз.</translation>
    </message>
    <message>
        <source>Reaching the central system…</source>
        <translation>Орталық жүйемен байланыс…</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Өзін-өзі тексеру сәтті өтті.</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Өзін-өзі тексеру сәтсіз аяқталды.</translation>
    </message>
</context>
<context>
    <name>SendConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Press Send to hand in this box</source>
        <translation>Қорапты тапсыру үшін «Жіберу» түймесін басыңыз</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Box size {size}</source>
        <translation>Қорап өлшемі: {size}</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>Болмады. «Жіберу» түймесін қайта басыңыз.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>Қорапты қазір тексеру мүмкін емес. Байланыс қалпына келген соң ол автоматты түрде тіркеледі.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Түбіртек басып шығарылуда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>SendDoneScreen</name>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Рақмет! Сәлемдемені жөнелту сөресіне қойыңыз.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Түбіртекті сақтаңыз: ондағы QR-код арқылы сәлемдемені бақылауға болады.</translation>
    </message>
    <message>
        <source>Box {barcode}: note this number to track the parcel.</source>
        <translation>Қорап {barcode}: сәлемдемені бақылау үшін осы нөмірді жазып алыңыз.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in.</source>
        <translation>Түбіртекті басып шығару мүмкін болмады, бірақ сәлемдемеңіз қабылданды.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>Ол автоматты түрде тіркеледі.</translation>
    </message>
</context>
<context>
    <name>SendScanScreen</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Сәлемдеме жіберу</translation>
    </message>
    <message>
        <source>1. Pack your parcel in the prepaid box and close it.
2. Scan the barcode on the box.</source>
        <translation>1. Сәлемдемені алдын ала төленген қорапқа салып, жабыңыз.
2. Қораптағы штрихкодты сканерлеңіз.</translation>
    </message>
    <message>
        <source>If the scan does not work, type the barcode and press Check.</source>
        <translation>Сканерлеу болмаса, штрихкод нөмірін теріп, «Тексеру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Checking the box…</source>
        <translation>Қорап тексерілуде…</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>Бұл штрихкод алдын ала төленген қорапқа тиесілі емес. Нөмірді тексеріңіз немесе кассадан сұраңыз.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>Бұл қорап жіберуге бұрын тапсырылған. Қорапты тек бір рет жіберуге болады.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>Қорапты қазір тексеру мүмкін емес. Бірнеше минуттан кейін қайталап көріңіз немесе кассадан сұраңыз.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Қораптағы штрихкодты сканерлеңіз немесе теріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>A box barcode has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>Қорап штрихкодында 13 таңба бар, мысалы {example}. Сіз %n таңба енгіздіңіз.</numerusform>
            <numerusform>Қорап штрихкодында 13 таңба бар, мысалы {example}. Сіз %n таңба енгіздіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>Бұл қорап штрихкоды емес: әр таңбаны тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Collect or send a parcel.</source>
        <translation>Сәлемдемелерді алу және жіберу.</translation>
    </message>
    <message>
        <source>If you cannot reach it, choose I need help: staff will bring it to you.</source>
        <translation>Қолыңыз жетпесе, «Көмек керек» түймесін таңдаңыз: қызметкерлер оны өздері әкеліп береді.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel from row {row}, compartment {compartment}. Please wait by the terminal.</source>
        <translation>Қызметкерлерге хабарланды: олар сәлемдемеңізді қатар {row}, ұяшық {compartment} ішінен әкеліп береді. Терминалдың жанында күте тұрыңыз.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Қызметкерлерге хабарланды: олар жөнелтілімдеріңізді әкеліп береді. Терминалдың жанында күте тұрыңыз.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press any key to continue.</source>
        <translation>Сіз әлі осындасыз ба? Жалғастыру үшін экранды түртіңіз немесе кез келген түймені басыңыз.</translation>
    </message>
    <message>
        <source>Choose: receive a parcel, or send a parcel.</source>
        <translation>Таңдаңыз: сәлемдемені алу немесе сәлемдеме жіберу.</translation>
    </message>
    <message>
        <source>To collect a parcel, choose Receive a parcel.</source>
        <translation>Сәлемдемені алу үшін «Сәлемдемені алу» түймесін таңдаңыз.</translation>
    </message>
    <message>
        <source>You entered: {number}.</source>
        <translation>Сіз енгіздіңіз: {number}.</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}.</source>
        <translation>Трек-нөмір: {tracking}.</translation>
    </message>
    <message>
        <source>Enter the tracking number: thirteen characters, or scan the barcode.</source>
        <translation>Трек-нөмірді енгізіңіз: он үш таңба, немесе штрихкодты сканерлеңіз.</translation>
    </message>
    <message>
        <source>Looking for your parcel.</source>
        <translation>Сәлемдемеңізді іздеп жатырмыз.</translation>
    </message>
    <message>
        <source>Printing your ticket.</source>
        <translation>Талоныңыз басылып жатыр.</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Трек-нөмірді енгізіңіз немесе оның штрихкодын сканерлеңіз.</translation>
    </message>
    <message>
        <source>The number has thirteen characters, and you entered {count}.</source>
        <translation>Нөмір он үш таңбадан тұрады, ал сіз {count} енгіздіңіз.</translation>
    </message>
    <message>
        <source>The number starts with two Latin letters.</source>
        <translation>Нөмір екі латын әрпінен басталады.</translation>
    </message>
    <message>
        <source>After the first two letters come nine digits: check for a letter O typed instead of a zero.</source>
        <translation>Алғашқы екі әріптен кейін тоғыз цифр тұрады: нөлдің орнына О әрпі терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like K Z.</source>
        <translation>Нөмір екі латын әрпімен аяқталады, мысалы ка зет.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Трек-нөмір жи, ка, эс, тэ немесе дабл-ю әрпінен басталмайды: бірінші әріпті тексеріңіз.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>Нөмір қате терілген: әр цифрды тексеріңіз.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>Бұл штрихкод трек-нөмір емес. Эсэмэстегі немесе хабарламадағы штрихкодты сканерлеңіз немесе нөмірді теріңіз.</translation>
    </message>
    <message>
        <source>Your parcel is here: row {row}, compartment {compartment}.</source>
        <translation>Сәлемдемеңіз осында: қатар {row}, ұяшық {compartment}.</translation>
    </message>
    <message>
        <source>Item type: {kind}.</source>
        <translation>Жөнелтілім түрі: {kind}.</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>сәлемдеме</translation>
    </message>
    <message>
        <source>small package</source>
        <translation>ұсақ пакет</translation>
    </message>
    <message>
        <source>parcel locker item</source>
        <translation>постамат жөнелтілімі</translation>
    </message>
    <message>
        <source>Free storage {until}.</source>
        <translation>{until} тегін сақталады.</translation>
    </message>
    <message>
        <source>Kept here {until}.</source>
        <translation>Мұнда {until} сақталады.</translation>
    </message>
    <message>
        <source>Storage fee today: {amount}.</source>
        <translation>Бүгінгі сақтау ақысы: {amount}.</translation>
    </message>
    <message>
        <source>Cash on delivery {amount}, paid at the checkout.</source>
        <translation>Салынған төлем {amount}, кассада төленеді.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Талонды төмендегі принтерден алыңыз.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>Талонды басып шығару мүмкін болмады. Есте сақтаңыз: қатар {row}, ұяшық {compartment}. Кассада трек-нөміріңізді айтыңыз.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Рақмет!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Сәлемдемені алып, кассада талон мен жеке куәлігіңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Сәлемдемені алып, кассада трек-нөміріңізді айтып, жеке куәлігіңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>Бұл нөмір бойынша сәлемдеме табылмады.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Нөмірді эсэмэспен немесе хабарламамен салыстырып, қайта енгізіңіз. Нөмір дұрыс болса, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Сәлемдемеңіз әлі жолда, әзірге келіп түскен жоқ.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Сәлемдеме келгені туралы хабарлама алған соң келіңіз.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Бұл сәлемдеме алынып қойған.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>Егер оны өзіңіз алмаған болсаңыз, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Бұл сәлемдеме жіберушіге қайтарылды.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Жіберушімен хабарласыңыз.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Қызмет уақытша қолжетімсіз.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Сәл кейінірек қайталап көріңіз. Көмектеспесе, кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>Бұл терминал уақытша жұмыс істемейді.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Басқа терминалды пайдаланыңыз немесе кассаға жүгініңіз.</translation>
    </message>
    <message>
        <source>Send a parcel.</source>
        <translation>Сәлемдеме жіберу.</translation>
    </message>
    <message>
        <source>Pack your parcel in the prepaid box and close it, then scan the barcode on the box. If the scan does not work, type the barcode and press Check.</source>
        <translation>Сәлемдемені алдын ала төленген қорапқа салып, жабыңыз, содан кейін қораптағы штрихкодты сканерлеңіз. Сканерлеу болмаса, штрихкод нөмірін теріп, «Тексеру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Checking the box.</source>
        <translation>Қорап тексерілуде.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Қораптағы штрихкодты сканерлеңіз немесе теріңіз.</translation>
    </message>
    <message>
        <source>A box barcode has thirteen characters, and you entered {count}.</source>
        <translation>Қорап штрихкодында он үш таңба бар, ал сіз {count} енгіздіңіз.</translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>Бұл қорап штрихкоды емес: әр таңбаны тексеріңіз.</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>Бұл штрихкод алдын ала төленген қорапқа тиесілі емес. Нөмірді тексеріңіз немесе кассадан сұраңыз.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>Бұл қорап жіберуге бұрын тапсырылған. Қорапты тек бір рет жіберуге болады.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>Қорапты қазір тексеру мүмкін емес. Бірнеше минуттан кейін қайталап көріңіз немесе кассадан сұраңыз.</translation>
    </message>
    <message>
        <source>Box {barcode}, size {size}.</source>
        <translation>Қорап {barcode}, өлшемі {size}.</translation>
    </message>
    <message>
        <source>Press Send to hand in this box.</source>
        <translation>Қорапты тапсыру үшін «Жіберу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>Қорапты қазір тексеру мүмкін емес. Байланыс қалпына келген соң ол автоматты түрде тіркеледі.</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>Болмады. «Жіберу» түймесін қайта басыңыз.</translation>
    </message>
    <message>
        <source>Saving.</source>
        <translation>Сақталуда.</translation>
    </message>
    <message>
        <source>Printing your receipt.</source>
        <translation>Түбіртек басылып жатыр.</translation>
    </message>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Рақмет! Сәлемдемені жөнелту сөресіне қойыңыз.</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Түбіртекті сақтаңыз: ондағы кьюар-код арқылы сәлемдемені бақылауға болады.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in. Box {barcode}: note this number to track the parcel.</source>
        <translation>Түбіртекті басып шығару мүмкін болмады, бірақ сәлемдемеңіз қабылданды. Қорап {barcode}: сәлемдемені бақылау үшін осы нөмірді жазып алыңыз.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>Ол автоматты түрде тіркеледі.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Телефон нөміріңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number: ten digits after plus seven. We will send a code to it by SMS.</source>
        <translation>Қазақстандық ұялы нөмір: плюс жетіден кейін он цифр. Оған эсэмэс арқылы код жібереміз.</translation>
    </message>
    <message>
        <source>Sending the code.</source>
        <translation>Код жіберіліп жатыр.</translation>
    </message>
    <message>
        <source>Please type your mobile number: ten digits after plus seven.</source>
        <translation>Ұялы нөміріңізді теріңіз: плюс жетіден кейін он цифр.</translation>
    </message>
    <message>
        <source>Please check the number: it has ten digits after plus seven.</source>
        <translation>Нөмірді тексеріңіз: плюс жетіден кейін он цифр болуы керек.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with plus seven, seven.</source>
        <translation>Бұл қазақстандық нөмір емес. Қазақстандық ұялы нөмірлер плюс жеті, жетіден басталады.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>Бұл қалалық нөмірге ұқсайды. Эсэмэс қабылдай алатын ұялы нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Эсэмэстегі кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>We sent a six-digit code to the number ending in {digits}.</source>
        <translation>Соңы {digits} болатын нөмірге алты таңбалы код жібердік.</translation>
    </message>
    <message>
        <source>Checking.</source>
        <translation>Тексеріп жатырмыз.</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>Код алты цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Attempts left: {attempts}.</source>
        <translation>Код қате немесе мерзімі өтіп кетті. Қалған әрекет: {attempts}.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please press Send a new code.</source>
        <translation>Код қате немесе мерзімі өтіп кетті. «Жаңа код жіберу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>You can ask for a new code in {time}.</source>
        <translation>Жаңа кодты сұрау үшін {time} күтіңіз.</translation>
    </message>
    <message>
        <source>Type the six-character pickup code from the SMS, or show its QR code.</source>
        <translation>Эсэмэстегі алты таңбалы алу кодын енгізіңіз немесе оның кью-ар кодын көрсетіңіз.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>Код жарамсыз немесе мерзімі өткен. Эсэмэспен салыстырып, қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>You can collect {items}.</source>
        <translation>Алуға дайын {items} бар.</translation>
    </message>
    <message>
        <source>{kind}: row {row}, compartment {compartment}.</source>
        <translation>{kind}: қатар {row}, ұяшық {compartment}.</translation>
    </message>
    <message>
        <source>To pay at the checkout: {amount}.</source>
        <translation>Кассада төленеді: {amount}.</translation>
    </message>
    <message>
        <source>{kind}, tracking number {tracking}: {status}.</source>
        <translation>{kind}, трек-нөмір {tracking}: {status}.</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>жолда, әлі келген жоқ</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>алынып қойған</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>жіберушіге қайтарылды</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>кассадан сұраңыз</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>Қазір бұл нөмір бойынша алуға дайын сәлемдеме жоқ. Сәлемдеме келген бойда эсэмэс жібереміз.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>Қазір жөнелтілімдеріңіздің ешқайсысын алуға болмайды.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Талонды төмендегі принтерден алыңыз: онда барлық жөнелтілім көрсетілген.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>Талон басылмады. Қатарлар мен ұяшықтарды есте сақтап, кассада телефон нөміріңізді айтыңыз.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause.</source>
        <translation>Аз ғана үзіліс жасайық.</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>Әрекеттер тым көп болды, сондықтан қауіпсіздігіңіз үшін терминал біраз күтеді. Сәлемдемелеріңізге қатысты ешқандай мәселе жоқ.</translation>
    </message>
    <message>
        <source>You can try again in {time}.</source>
        <translation>Қайта көру үшін {time} күтіңіз.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Енді қайта көруге болады.</translation>
    </message>
    <message>
        <source>{label}, button.</source>
        <translation>{label}, түйме.</translation>
    </message>
    <message>
        <source>{label}, key.</source>
        <translation>{label}, перне.</translation>
    </message>
    <message>
        <source>{label}, text field, empty.</source>
        <translation>{label}, енгізу өрісі, бос.</translation>
    </message>
    <message>
        <source>{label}, text field: {value}.</source>
        <translation>{label}, енгізу өрісі: {value}.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-нөмір</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Қораптың штрихкоды</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <source>Code from the SMS</source>
        <translation>Эсэмэстегі код</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <source>Louder.</source>
        <translation>Қаттырақ.</translation>
    </message>
    <message>
        <source>Quieter.</source>
        <translation>Ақырынырақ.</translation>
    </message>
    <message>
        <source>Faster.</source>
        <translation>Жылдамырақ.</translation>
    </message>
    <message>
        <source>Slower.</source>
        <translation>Баяуырақ.</translation>
    </message>
    <message>
        <source>That is the limit.</source>
        <translation>Бұдан артық болмайды.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Maintenance</source>
        <translation>Қызметтік режим</translation>
    </message>
    <message>
        <source>Staff {id}</source>
        <translation>Қызметкер {id}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Checkout desk</source>
        <translation>Беру кассасы</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s ticket, or a parcel.</source>
        <translation>Клиенттің талонын немесе сәлемдемені сканерлеңіз.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Іздеп жатырмыз…</translation>
    </message>
    <message>
        <source>Handed over: {n} item(s). Next customer.</source>
        <translation>Берілген жөнелтімдер: {n}. Келесі клиент.</translation>
    </message>
    <message>
        <source>Recorded as not handed over. Next customer.</source>
        <translation>Берілмеді деп жазылды. Келесі клиент.</translation>
    </message>
    <message>
        <source>No ID document</source>
        <translation>Куәлік жоқ</translation>
    </message>
    <message>
        <source>ID does not match</source>
        <translation>Куәлік сәйкес емес</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Төлеуден бас тартты</translation>
    </message>
    <message>
        <source>Parcel damaged</source>
        <translation>Сәлемдеме зақымдалған</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>бұрын берілген</translation>
    </message>
    <message>
        <source>returned to sender</source>
        <translation>жіберушіге қайтарылған</translation>
    </message>
    <message>
        <source>not on a shelf</source>
        <translation>сөреде емес</translation>
    </message>
    <message>
        <source>cannot be handed over</source>
        <translation>беруге болмайды</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Берілмеді</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID document before handing over.</source>
        <translation>Бермес бұрын клиенттің жеке куәлігін тексеріңіз.</translation>
    </message>
    <message>
        <source>Recipient: {name}</source>
        <translation>Алушы: {name}</translation>
    </message>
    <message>
        <source>Row / compartment</source>
        <translation>Қатар / ұяшық</translation>
    </message>
    <message>
        <source>Storage fee {fee} · Cash on delivery {cod} · To collect {total}</source>
        <translation>Сақтау {fee} · Салынған төлем {cod} · Алынатын сома {total}</translation>
    </message>
    <message>
        <source>Why was it not handed over?</source>
        <translation>Неге берілмеді?</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Қайтарылатындар</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <source>Take each parcel off its shelf and scan it: it goes back to the sender.</source>
        <translation>Әр сәлемдемені сөреден алып, сканерлеңіз: ол жіберушіге қайтарылады.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No parcels are due for return today.</source>
        <translation>Бүгін қайтарылатын сәлемдеме жоқ.</translation>
    </message>
    <message>
        <source>Returned: {done}. Still on the shelves: {left}.</source>
        <translation>Қайтарылды: {done}. Сөрелерде қалды: {left}.</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Курьерге беру</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Актіні басып шығару</translation>
    </message>
    <message>
        <source>Scan each box on the dispatch shelf as the courier takes it.</source>
        <translation>Курьер алатын жөнелту сөресіндегі әр қорапты сканерлеңіз.</translation>
    </message>
    <message>
        <source>Keep back (not registered yet): {boxes}</source>
        <translation>Қалдырыңыз (әлі тіркелмеген): {boxes}</translation>
    </message>
    <message>
        <source>Collected: {n} box(es).</source>
        <translation>Берілген қораптар: {n}.</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Акт басылды.</translation>
    </message>
    <message>
        <source>The slip was not printed: check the printer.</source>
        <translation>Акт басылмады: принтерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Stocking station</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <source>Staff station</source>
        <translation>Қызметкер орны</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Қызметкер {id}: PIN-кодыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Scan your staff badge, or type your staff id and tap Next.</source>
        <translation>Қызметтік бейджді сканерлеңіз немесе табель нөміріңізді теріп, «Әрі қарай» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Табель нөмірі</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Әрі қарай</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Other staff id</source>
        <translation>Басқа табель нөмірі</translation>
    </message>
    <message>
        <source>Too many wrong PINs: sign-in is locked for a while.</source>
        <translation>Қате PIN тым көп: кіру уақытша бұғатталды.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Attempts left: {n}.</source>
        <translation>Нөмір немесе PIN қате. Қалған әрекеттер: {n}.</translation>
    </message>
    <message>
        <source>Shelve arrivals</source>
        <translation>Түскендерді орналастыру</translation>
    </message>
    <message>
        <source>Move a parcel</source>
        <translation>Сәлемдемені ауыстыру</translation>
    </message>
    <message>
        <source>Print shelf labels</source>
        <translation>Сөре жапсырмаларын басу</translation>
    </message>
    <message>
        <source>Now scan the compartment&apos;s shelf label, or type row and compartment (3 12).</source>
        <translation>Енді ұяшық жапсырмасын сканерлеңіз немесе қатар мен ұяшықты енгізіңіз (3 12).</translation>
    </message>
    <message>
        <source>Parcel {number}</source>
        <translation>Сәлемдеме {number}</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode.</source>
        <translation>Сәлемдеменің штрихкодын сканерлеңіз.</translation>
    </message>
    <message>
        <source>{number}: row {row}, compartment {compartment}. Next parcel.</source>
        <translation>{number}: қатар {row}, ұяшық {compartment}. Келесі сәлемдеме.</translation>
    </message>
    <message>
        <source>A label with a barcode for every compartment of the range.</source>
        <translation>Ауқымдағы әр ұяшыққа штрихкоды бар жапсырма.</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Қатарлар</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Compartments from</source>
        <translation>Ұяшықтар</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басу</translation>
    </message>
    <message>
        <source>Printed: {n} label(s).</source>
        <translation>Басылған жапсырмалар: {n}.</translation>
    </message>
</context>
<context>
    <name>StationProblem</name>
    <message>
        <source>Not saved: the central system cannot be reached. Try again.</source>
        <translation>Сақталмады: орталық жүйемен байланыс жоқ. Қайталаңыз.</translation>
    </message>
    <message>
        <source>The central system cannot be reached, and this needs it. Try again in a moment.</source>
        <translation>Орталық жүйемен байланыс жоқ, ал бұған ол керек. Сәлден соң қайталаңыз.</translation>
    </message>
    <message>
        <source>Not found. Check the code and scan again.</source>
        <translation>Табылмады. Кодты тексеріп, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>This ticket is not known yet (it may still be on its way from the terminal). Scan the parcel instead.</source>
        <translation>Бұл талон әлі белгісіз (терминалдан әлі жолда болуы мүмкін). Оның орнына сәлемдемені сканерлеңіз.</translation>
    </message>
    <message>
        <source>This parcel is on no manifest. Put it aside for the supervisor.</source>
        <translation>Бұл сәлемдеме ешбір манифестте жоқ. Оны аға қызметкерге қалдырыңыз.</translation>
    </message>
    <message>
        <source>This parcel is already on a shelf.</source>
        <translation>Бұл сәлемдеме сөреде тұр.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>Бұл сәлемдеме бұрын берілген.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>Бұл сәлемдеме жіберушіге қайтарылған.</translation>
    </message>
    <message>
        <source>This parcel is not on a shelf: shelve it first.</source>
        <translation>Бұл сәлемдеме сөреде емес: алдымен орналастырыңыз.</translation>
    </message>
    <message>
        <source>This parcel&apos;s last day has not passed: put it back on its shelf.</source>
        <translation>Бұл сәлемдеменің сақтау мерзімі өтпеген: сөресіне қайта қойыңыз.</translation>
    </message>
    <message>
        <source>Not registered yet: keep this box back for the next collection.</source>
        <translation>Әлі тіркелмеген: қорапты келесі беруге дейін қалдырыңыз.</translation>
    </message>
    <message>
        <source>This station is not allowed to do that: check its role.</source>
        <translation>Бұл орынға бұған рұқсат жоқ: оның рөлін тексеріңіз.</translation>
    </message>
    <message>
        <source>This is not a valid code.</source>
        <translation>Бұл жарамсыз код.</translation>
    </message>
    <message>
        <source>Row or compartment not accepted.</source>
        <translation>Қатар немесе ұяшық қабылданбады.</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode first.</source>
        <translation>Алдымен сәлемдеменің штрихкодын сканерлеңіз.</translation>
    </message>
    <message>
        <source>Scan the compartment&apos;s shelf label, or type row and compartment.</source>
        <translation>Ұяшық жапсырмасын сканерлеңіз немесе қатар мен ұяшықты енгізіңіз.</translation>
    </message>
    <message>
        <source>This is not a box barcode.</source>
        <translation>Бұл қораптың штрихкоды емес.</translation>
    </message>
    <message>
        <source>This box is already on the list.</source>
        <translation>Бұл қорап тізімде бар.</translation>
    </message>
    <message>
        <source>Type the first and last row and the first and last compartment.</source>
        <translation>Бірінші және соңғы қатарды, бірінші және соңғы ұяшықты енгізіңіз.</translation>
    </message>
    <message>
        <source>Too many labels at once: print a smaller range.</source>
        <translation>Бір мезгілде жапсырма тым көп: кішірек ауқымды басыңыз.</translation>
    </message>
    <message>
        <source>Not printed: check the printer and try again.</source>
        <translation>Басылмады: принтерді тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>Сізде қызметтік режимге кіру құқығы жоқ. Аға қызметкерге жүгініңіз.</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong: ask a supervisor to check it.</source>
        <translation>Бұл станцияның сағаты дұрыс емес: аға қызметкерден оны тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Әрекет тым көп: бір минут күтіп, қайталаңыз.</translation>
    </message>
    <message>
        <source>Refused by the central system.</source>
        <translation>Орталық жүйе қабылдамады.</translation>
    </message>
    <message>
        <source>Saved on this station: it will be sent when the connection returns. Carry on.</source>
        <translation>Осы станцияда сақталды: байланыс қалпына келгенде жіберіледі. Жұмысты жалғастырыңыз.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Pickup ticket</source>
        <translation>Сәлемдеме алу талоны</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Жөнелтілім {number} / {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Қатар</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Ұяшық</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-нөмір</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Жөнелтілім түрі</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <source>Free storage until</source>
        <translation>Тегін сақтаудың соңғы күні</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Сақтаудың соңғы күні</translation>
    </message>
    <message>
        <source>Storage fee today</source>
        <translation>Бүгінгі сақтау ақысы</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Салынған төлем</translation>
    </message>
    <message>
        <source>To pay at the checkout</source>
        <translation>Кассада төлеуге</translation>
    </message>
    <message>
        <source>Take the item and present this ticket and your ID at the checkout.</source>
        <translation>Сәлемдемені алып, кассада осы талонды және жеке куәлігіңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot reach it? Press I need help on the screen or ask at the checkout: staff will bring the parcel to you.</source>
        <translation>Қолыңыз жетпей ме? Экрандағы «Көмек керек» түймесін басыңыз немесе кассаға айтыңыз: қызметкерлер сәлемдемені әкеліп береді.</translation>
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
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Сәлемдеме</translation>
    </message>
    <message>
        <source>Small package</source>
        <translation>Ұсақ пакет</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Постамат жөнелтілімі</translation>
    </message>
    <message>
        <source>Dispatch receipt</source>
        <translation>Жөнелту түбіртегі</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Қорап штрихкоды</translation>
    </message>
    <message>
        <source>Box size</source>
        <translation>Қорап өлшемі</translation>
    </message>
    <message>
        <source>Dispatch reference</source>
        <translation>Жөнелту нөмірі</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Scan to track your parcel</source>
        <translation>Сәлемдемені бақылау үшін сканерлеңіз</translation>
    </message>
    <message>
        <source>Put the parcel on the dispatch shelf.</source>
        <translation>Сәлемдемені жөнелту сөресіне қойыңыз.</translation>
    </message>
    <message>
        <source>The central system could not be reached: this dispatch will be registered automatically.</source>
        <translation>Орталық жүйемен байланыс болмады: бұл жөнелту автоматты түрде тіркеледі.</translation>
    </message>
    <message>
        <source>Shelf labels</source>
        <translation>Сөре жапсырмалары</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Курьерге беру</translation>
    </message>
    <message>
        <source>Boxes collected</source>
        <translation>Берілген қораптар</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Courier&apos;s signature</source>
        <translation>Курьердің қолы</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Enter the tracking number</source>
        <translation>Трек-нөмірді енгізіңіз</translation>
    </message>
    <message>
        <source>13 characters, like {example}, or scan the barcode</source>
        <translation>13 таңба, мысалы {example}, немесе штрихкодты сканерлеңіз</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Use my phone number</source>
        <translation>Телефон нөмірім арқылы</translation>
    </message>
    <message>
        <source>I have a pickup code</source>
        <translation>Менде алу коды бар</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Талоныңыз басылып жатыр…</translation>
    </message>
    <message>
        <source>Looking for your parcel…</source>
        <translation>Сәлемдемеңізді іздеп жатырмыз…</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Трек-нөмірді енгізіңіз немесе оның штрихкодын сканерлеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The number has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>Нөмір 13 таңбадан тұрады, мысалы {example}. Сіз %n таңба енгіздіңіз.</numerusform>
            <numerusform>Нөмір 13 таңбадан тұрады, мысалы {example}. Сіз %n таңба енгіздіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number starts with two Latin letters, like CC or RR.</source>
        <translation>Нөмір екі латын әрпінен басталады, мысалы CC немесе RR.</translation>
    </message>
    <message>
        <source>After the first two letters come 9 digits: check for a letter O typed instead of a zero.</source>
        <translation>Алғашқы екі әріптен кейін 9 цифр тұрады: нөлдің орнына O әрпі терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like KZ.</source>
        <translation>Нөмір екі латын әрпімен аяқталады, мысалы KZ.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Трек-нөмір J, K, S, T немесе W әрпінен басталмайды: бірінші әріпті тексеріңіз.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>Бұл штрихкод трек-нөмір емес. SMS-тегі немесе хабарламадағы штрихкодты сканерлеңіз немесе нөмірді теріңіз.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>Нөмір қате терілген: әр цифрды тексеріңіз.</translation>
    </message>
</context>
</TS>
