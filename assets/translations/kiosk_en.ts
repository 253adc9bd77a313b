<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Read the screen aloud</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>CooldownScreen</name>
    <message>
        <source>You can try again in {time}.</source>
        <translation>You can try again in {time}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause</source>
        <translation>Let&apos;s take a short pause</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>Central system</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Scanners</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <source>Records on disk</source>
        <translation>Records on disk</translation>
    </message>
    <message>
        <source>Recent maintenance actions</source>
        <translation>Recent maintenance actions</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>none configured</translation>
    </message>
    <message>
        <source>turned away ({reason})</source>
        <translation>turned away ({reason})</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>Parcel brought: close the oldest request</source>
        <translation>Parcel brought: close the oldest request</translation>
    </message>
    <message numerus="yes">
        <source>Customers waiting for their parcels: %n</source>
        <translation>
            <numerusform>Customers waiting for their parcels: %n</numerusform>
            <numerusform>Customers waiting for their parcels: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, compartment {compartment}</source>
        <translation>row {row}, compartment {compartment}</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <source>reachable, {ms} ms</source>
        <translation>reachable, {ms} ms</translation>
    </message>
    <message>
        <source>not reachable: {detail}</source>
        <translation>not reachable: {detail}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation>oldest {age}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused, see the list</source>
        <translation>
            <numerusform>%n refused, see the list</numerusform>
            <numerusform>%n refused, see the list</numerusform>
        </translation>
    </message>
    <message>
        <source>opened maintenance</source>
        <translation>opened maintenance</translation>
    </message>
    <message>
        <source>closed maintenance</source>
        <translation>closed maintenance</translation>
    </message>
    <message>
        <source>test slip</source>
        <translation>test slip</translation>
    </message>
    <message>
        <source>copy of the last ticket</source>
        <translation>copy of the last ticket</translation>
    </message>
    <message>
        <source>paper replaced</source>
        <translation>paper replaced</translation>
    </message>
    <message>
        <source>took out of service</source>
        <translation>took out of service</translation>
    </message>
    <message>
        <source>put back in service</source>
        <translation>put back in service</translation>
    </message>
    <message>
        <source>sent the outbox</source>
        <translation>sent the outbox</translation>
    </message>
    <message>
        <source>scanner test</source>
        <translation>scanner test</translation>
    </message>
    <message>
        <source>viewed the log</source>
        <translation>viewed the log</translation>
    </message>
    <message>
        <source>restarted the app</source>
        <translation>restarted the app</translation>
    </message>
    <message>
        <source>quit to the desktop</source>
        <translation>quit to the desktop</translation>
    </message>
    <message>
        <source>self-test started</source>
        <translation>self-test started</translation>
    </message>
    <message>
        <source>self-test</source>
        <translation>self-test</translation>
    </message>
    <message>
        <source>by badge</source>
        <translation>by badge</translation>
    </message>
    <message>
        <source>by the hidden corner</source>
        <translation>by the hidden corner</translation>
    </message>
    <message>
        <source>no touch for a while</source>
        <translation>no touch for a while</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>by staff</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not printed: {detail}</source>
        <translation>not printed: {detail}</translation>
    </message>
    <message>
        <source>by the central system</source>
        <translation>by the central system</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>central system not reachable</source>
        <translation>central system not reachable</translation>
    </message>
    <message>
        <source>no scanner</source>
        <translation>no scanner</translation>
    </message>
    <message>
        <source>records cannot be saved on disk</source>
        <translation>records cannot be saved on disk</translation>
    </message>
    <message>
        <source>the records file was damaged and rebuilt</source>
        <translation>the records file was damaged and rebuilt</translation>
    </message>
    <message>
        <source>the records file cannot be read</source>
        <translation>the records file cannot be read</translation>
    </message>
    <message>
        <source>disk space is running low</source>
        <translation>disk space is running low</translation>
    </message>
    <message>
        <source>disk full: no new customers</source>
        <translation>disk full: no new customers</translation>
    </message>
    <message>
        <source>data folder cannot be written: no new customers</source>
        <translation>data folder cannot be written: no new customers</translation>
    </message>
    <message>
        <source>disk read or write errors</source>
        <translation>disk read or write errors</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>paper near its end</source>
        <translation>paper near its end</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>not answering</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>DeliveredScreen</name>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>This parcel has already been collected.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>If you did not collect it yourself, please ask at the checkout.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Tracking number: {number}</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Take the item and present the ticket and your ID at the checkout.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Take the item, tell the checkout your tracking number and show your ID.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>The service is temporarily unavailable.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Please try again in a moment. If it does not help, ask at the checkout.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Collect or send a parcel</source>
        <translation>Collect or send a parcel</translation>
    </message>
    <message>
        <source>Receive a parcel</source>
        <translation>Receive a parcel</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Send a parcel</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n s.</source>
        <translation>
            <numerusform>Returning to the start in %n second.</numerusform>
            <numerusform>Returning to the start in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>I can&apos;t reach it / I need help</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Your items: %n. Collect them here:</source>
        <translation>
            <numerusform>Your item: %n. Collect it here:</numerusform>
            <numerusform>Your items: %n. Collect them here:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Your items</translation>
    </message>
    <message>
        <source>Not ready for pickup</source>
        <translation>Not ready for pickup</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>None of your items can be collected right now.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Take your ticket from the printer below: it lists every item.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Compartment</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>on its way, not arrived yet</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>already collected</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>returned to the sender</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>please ask at the checkout</translation>
    </message>
</context>
<context>
    <name>MaintenancePinScreen</name>
    <message>
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Too many wrong PINs. Try again in {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Attempts left: %n.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. Attempts left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>You have no maintenance right. Ask a supervisor.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Staff maintenance</source>
        <translation>Staff maintenance</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Staff {id}: enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Enter your staff PIN.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance · staff {id}</source>
        <translation>Maintenance · staff {id}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Print a test slip</translation>
    </message>
    <message>
        <source>Reprint last ticket (COPY)</source>
        <translation>Reprint last ticket (COPY)</translation>
    </message>
    <message>
        <source>Paper replaced</source>
        <translation>Paper replaced</translation>
    </message>
    <message>
        <source>Send the outbox now</source>
        <translation>Send the outbox now</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Restart the app</translation>
    </message>
    <message>
        <source>Quit to the desktop</source>
        <translation>Quit to the desktop</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Take out of service</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Yes, do it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restart the app now?</source>
        <translation>Restart the app now?</translation>
    </message>
    <message>
        <source>Quit to the desktop now?</source>
        <translation>Quit to the desktop now?</translation>
    </message>
    <message>
        <source>The last 200 log lines</source>
        <translation>The last 200 log lines</translation>
    </message>
    <message>
        <source>Scan a code: it appears here.</source>
        <translation>Scan a code: it appears here.</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Back to the dashboard</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The test slip was printed.</source>
        <translation>The test slip was printed.</translation>
    </message>
    <message>
        <source>The copy was printed.</source>
        <translation>The copy was printed.</translation>
    </message>
    <message>
        <source>Not printed: {detail}</source>
        <translation>Not printed: {detail}</translation>
    </message>
    <message>
        <source>No ticket to reprint.</source>
        <translation>No ticket to reprint.</translation>
    </message>
    <message>
        <source>Paper replaced: the printer is asked again.</source>
        <translation>Paper replaced: the printer is asked again.</translation>
    </message>
    <message>
        <source>Out of service: new customers are turned away.</source>
        <translation>Out of service: new customers are turned away.</translation>
    </message>
    <message>
        <source>Back in service.</source>
        <translation>Back in service.</translation>
    </message>
    <message>
        <source>Sending the outbox…</source>
        <translation>Sending the outbox…</translation>
    </message>
    <message>
        <source>The outbox was sent.</source>
        <translation>The outbox was sent.</translation>
    </message>
    <message>
        <source>{detail} still waiting: the central system did not take them; tried again later.</source>
        <translation>{detail} still waiting: the central system did not take them; tried again later.</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {detail}</source>
        <translation>The outbox could not be sent: {detail}</translation>
    </message>
    <message>
        <source>There is no outbox on this terminal.</source>
        <translation>There is no outbox on this terminal.</translation>
    </message>
    <message>
        <source>Not available on this terminal.</source>
        <translation>Not available on this terminal.</translation>
    </message>
    <message>
        <source>Refused entries</source>
        <translation>Refused entries</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message for customers (optional):</source>
        <translation>Message for customers (optional):</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Take out of service</translation>
    </message>
</context>
<context>
    <name>NotArrivedScreen</name>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Your parcel is on its way and has not arrived yet.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Please come back when you are notified that it has arrived.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Tracking number: {number}</translation>
    </message>
</context>
<context>
    <name>NotFoundScreen</name>
    <message>
        <source>Check the number</source>
        <translation>Check the number</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>We could not find a parcel with this number.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>You entered: {number}</source>
        <translation>You entered: {number}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>New code in {time}</source>
        <translation>New code in {time}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to {phone}.</source>
        <translation>We sent a 6-digit code to {phone}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>The code has 6 digits.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please ask for a new code with the button below.</source>
        <translation>The code is wrong or has expired. Please ask for a new code with the button below.</translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong or has expired. Attempts left: %n.</source>
        <translation>
            <numerusform>The code is wrong or has expired. %n attempt left.</numerusform>
            <numerusform>The code is wrong or has expired. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>This terminal is temporarily out of service.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Please use another terminal or ask at the checkout.</translation>
    </message>
</context>
<context>
    <name>ParcelKinds</name>
    <message>
        <source>Small package</source>
        <translation>Small package</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Parcel locker item</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
</context>
<context>
    <name>ParkedPage</name>
    <message>
        <source>The central system refused these for good; they are kept, never sent by themselves. Fix the cause, then try again.</source>
        <translation>The central system refused these for good; they are kept, never sent by themselves. Fix the cause, then try again.</translation>
    </message>
    <message>
        <source>{detail}: back in the outbox, sent again now.</source>
        <translation>{detail}: back in the outbox, sent again now.</translation>
    </message>
    <message>
        <source>Not put back: {detail}</source>
        <translation>Not put back: {detail}</translation>
    </message>
    <message>
        <source>The list could not be read: {detail}</source>
        <translation>The list could not be read: {detail}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Nothing refused.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Ticket record</source>
        <translation>Ticket record</translation>
    </message>
    <message>
        <source>Staff write</source>
        <translation>Staff write</translation>
    </message>
    <message>
        <source>shelving</source>
        <translation>shelving</translation>
    </message>
    <message>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>return to sender</translation>
    </message>
    <message>
        <source>courier collection</source>
        <translation>courier collection</translation>
    </message>
    <message>
        <source>checkout handover</source>
        <translation>checkout handover</translation>
    </message>
    <message>
        <source>staff {id}</source>
        <translation>staff {id}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Enter your phone number</source>
        <translation>Enter your phone number</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number. We will send a code to it by SMS.</source>
        <translation>A Kazakhstan mobile number. We will send a code to it by SMS.</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Send code</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Sending the code…</translation>
    </message>
    <message>
        <source>Please type your mobile number: 10 digits after +7.</source>
        <translation>Please type your mobile number: 10 digits after +7.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with +7 7, like +7 701 123 45 67.</source>
        <translation>This is not a Kazakhstan number. Kazakhstan mobile numbers start with +7 7, like +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>This looks like a landline number. Please enter a mobile number that can receive SMS.</translation>
    </message>
    <message>
        <source>Please check the number: it has 10 digits after +7, like +7 701 123 45 67.</source>
        <translation>Please check the number: it has 10 digits after +7, like +7 701 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PickupCodeScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Type the 6-character pickup code from the SMS, or show its QR code to the scanner.</source>
        <translation>Type the 6-character pickup code from the SMS, or show its QR code to the scanner.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>This code is not valid or has expired. Check the SMS and type it again.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Your parcel is here:</source>
        <translation>Your parcel is here:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Compartment</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>Item type:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Arrived:</translation>
    </message>
    <message>
        <source>Free storage until:</source>
        <translation>Free storage until:</translation>
    </message>
    <message>
        <source>Kept here until:</source>
        <translation>Kept here until:</translation>
    </message>
    <message>
        <source>Storage fee today:</source>
        <translation>Storage fee today:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>I can&apos;t reach it / I need help</source>
        <translation>I can&apos;t reach it / I need help</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel to you. Please wait by the terminal.</source>
        <translation>Staff have been told: they will bring your parcel to you. Please wait by the terminal.</translation>
    </message>
    <message>
        <source>Cash on delivery, to pay at the checkout: {amount}</source>
        <translation>Cash on delivery, to pay at the checkout: {amount}</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Take your ticket from the printer below.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</translation>
    </message>
</context>
<context>
    <name>ReturnedScreen</name>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>This parcel has been returned to the sender.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Please contact the sender.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation>Tracking number: {number}</translation>
    </message>
</context>
<context>
    <name>SelfTestPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Test slip</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Central system</source>
        <translation>Central system</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Checking the printer…</source>
        <translation>Checking the printer…</translation>
    </message>
    <message>
        <source>Type the code printed on the test slip.</source>
        <translation>Type the code printed on the test slip.</translation>
    </message>
    <message>
        <source>Printing the test slip…</source>
        <translation>Printing the test slip…</translation>
    </message>
    <message>
        <source>Scan any barcode with this terminal&apos;s scanner.</source>
        <translation>Scan any barcode with this terminal&apos;s scanner.</translation>
    </message>
    <message>
        <source>Reaching the central system…</source>
        <translation>Reaching the central system…</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Self-test passed.</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Self-test failed.</translation>
    </message>
</context>
<context>
    <name>SendConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Press Send to hand in this box</source>
        <translation>Press Send to hand in this box</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Box size {size}</source>
        <translation>Box size {size}</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>That did not work. Please press Send again.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SendDoneScreen</name>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Thank you! Put the parcel on the dispatch shelf.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Keep your receipt: its QR code tracks the parcel.</translation>
    </message>
    <message>
        <source>Box {barcode}: note this number to track the parcel.</source>
        <translation>Box {barcode}: note this number to track the parcel.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in.</source>
        <translation>The receipt could not be printed, but your parcel is handed in.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>It will be registered automatically.</translation>
    </message>
</context>
<context>
    <name>SendScanScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Send a parcel</translation>
    </message>
    <message>
        <source>1. Pack your parcel in the prepaid box and close it.
2. Scan the barcode on the box.</source>
        <translation>1. Pack your parcel in the prepaid box and close it.
2. Scan the barcode on the box.</translation>
    </message>
    <message>
        <source>If the scan does not work, type the barcode and press Check.</source>
        <translation>If the scan does not work, type the barcode and press Check.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Checking the box…</source>
        <translation>Checking the box…</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>This box has already been handed in for sending. A box can be sent only once.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Please scan the barcode on the box, or type it.</translation>
    </message>
    <message numerus="yes">
        <source>A box barcode has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>A box barcode has 13 characters, like {example}. You entered %n character.</numerusform>
            <numerusform>A box barcode has 13 characters, like {example}. You entered %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>This is not a box barcode: please check every character.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Collect or send a parcel.</source>
        <translation>Collect or send a parcel.</translation>
    </message>
    <message>
        <source>If you cannot reach it, choose I need help: staff will bring it to you.</source>
        <translation>If you cannot reach it, choose I need help: staff will bring it to you.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcel from row {row}, compartment {compartment}. Please wait by the terminal.</source>
        <translation>Staff have been told: they will bring your parcel from row {row}, compartment {compartment}. Please wait by the terminal.</translation>
    </message>
    <message>
        <source>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</source>
        <translation>Staff have been told: they will bring your parcels to you. Please wait by the terminal.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press any key to continue.</source>
        <translation>Are you still there? Touch the screen or press any key to continue.</translation>
    </message>
    <message>
        <source>Choose: receive a parcel, or send a parcel.</source>
        <translation>Choose: receive a parcel, or send a parcel.</translation>
    </message>
    <message>
        <source>To collect a parcel, choose Receive a parcel.</source>
        <translation>To collect a parcel, choose Receive a parcel.</translation>
    </message>
    <message>
        <source>You entered: {number}.</source>
        <translation>You entered: {number}.</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}.</source>
        <translation>Tracking number: {tracking}.</translation>
    </message>
    <message>
        <source>Enter the tracking number: thirteen characters, or scan the barcode.</source>
        <translation>Enter the tracking number: thirteen characters, or scan the barcode.</translation>
    </message>
    <message>
        <source>Looking for your parcel.</source>
        <translation>Looking for your parcel.</translation>
    </message>
    <message>
        <source>Printing your ticket.</source>
        <translation>Printing your ticket.</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Please type the tracking number or scan its barcode.</translation>
    </message>
    <message>
        <source>The number has thirteen characters, and you entered {count}.</source>
        <translation>The number has thirteen characters, and you entered {count}.</translation>
    </message>
    <message>
        <source>The number starts with two Latin letters.</source>
        <translation>The number starts with two Latin letters.</translation>
    </message>
    <message>
        <source>After the first two letters come nine digits: check for a letter O typed instead of a zero.</source>
        <translation>After the first two letters come nine digits: check for a letter O typed instead of a zero.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like K Z.</source>
        <translation>The number ends with two Latin letters, like K Z.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Tracking numbers never start with J, K, S, T or W: please check the first letter.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>This number has a typing error: please check every digit.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</translation>
    </message>
    <message>
        <source>Your parcel is here: row {row}, compartment {compartment}.</source>
        <translation>Your parcel is here: row {row}, compartment {compartment}.</translation>
    </message>
    <message>
        <source>Item type: {kind}.</source>
        <translation>Item type: {kind}.</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>parcel</translation>
    </message>
    <message>
        <source>small package</source>
        <translation>small package</translation>
    </message>
    <message>
        <source>parcel locker item</source>
        <translation>parcel locker item</translation>
    </message>
    <message>
        <source>Free storage {until}.</source>
        <translation>Free storage {until}.</translation>
    </message>
    <message>
        <source>Kept here {until}.</source>
        <translation>Kept here {until}.</translation>
    </message>
    <message>
        <source>Storage fee today: {amount}.</source>
        <translation>Storage fee today: {amount}.</translation>
    </message>
    <message>
        <source>Cash on delivery {amount}, paid at the checkout.</source>
        <translation>Cash on delivery {amount}, paid at the checkout.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation>Take your ticket from the printer below.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation>Take the item and present the ticket and your ID at the checkout.</translation>
    </message>
    <message>
        <source>Take the item, tell the checkout your tracking number and show your ID.</source>
        <translation>Take the item, tell the checkout your tracking number and show your ID.</translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation>We could not find a parcel with this number.</translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</translation>
    </message>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation>Your parcel is on its way and has not arrived yet.</translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation>Please come back when you are notified that it has arrived.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>This parcel has already been collected.</translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation>If you did not collect it yourself, please ask at the checkout.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>This parcel has been returned to the sender.</translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation>Please contact the sender.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>The service is temporarily unavailable.</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation>Please try again in a moment. If it does not help, ask at the checkout.</translation>
    </message>
    <message>
        <source>This terminal is temporarily out of service.</source>
        <translation>This terminal is temporarily out of service.</translation>
    </message>
    <message>
        <source>Please use another terminal or ask at the checkout.</source>
        <translation>Please use another terminal or ask at the checkout.</translation>
    </message>
    <message>
        <source>Send a parcel.</source>
        <translation>Send a parcel.</translation>
    </message>
    <message>
        <source>Pack your parcel in the prepaid box and close it, then scan the barcode on the box. If the scan does not work, type the barcode and press Check.</source>
        <translation>Pack your parcel in the prepaid box and close it, then scan the barcode on the box. If the scan does not work, type the barcode and press Check.</translation>
    </message>
    <message>
        <source>Checking the box.</source>
        <translation>Checking the box.</translation>
    </message>
    <message>
        <source>Please scan the barcode on the box, or type it.</source>
        <translation>Please scan the barcode on the box, or type it.</translation>
    </message>
    <message>
        <source>A box barcode has thirteen characters, and you entered {count}.</source>
        <translation>A box barcode has thirteen characters, and you entered {count}.</translation>
    </message>
    <message>
        <source>This is not a box barcode: please check every character.</source>
        <translation>This is not a box barcode: please check every character.</translation>
    </message>
    <message>
        <source>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</source>
        <translation>This barcode does not belong to a prepaid box. Please check the number, or ask at the checkout.</translation>
    </message>
    <message>
        <source>This box has already been handed in for sending. A box can be sent only once.</source>
        <translation>This box has already been handed in for sending. A box can be sent only once.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</source>
        <translation>The box cannot be checked right now. Please try again in a few minutes, or ask at the checkout.</translation>
    </message>
    <message>
        <source>Box {barcode}, size {size}.</source>
        <translation>Box {barcode}, size {size}.</translation>
    </message>
    <message>
        <source>Press Send to hand in this box.</source>
        <translation>Press Send to hand in this box.</translation>
    </message>
    <message>
        <source>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</source>
        <translation>The box cannot be checked right now. It will be registered automatically as soon as the connection is back.</translation>
    </message>
    <message>
        <source>That did not work. Please press Send again.</source>
        <translation>That did not work. Please press Send again.</translation>
    </message>
    <message>
        <source>Saving.</source>
        <translation>Saving.</translation>
    </message>
    <message>
        <source>Printing your receipt.</source>
        <translation>Printing your receipt.</translation>
    </message>
    <message>
        <source>Thank you! Put the parcel on the dispatch shelf.</source>
        <translation>Thank you! Put the parcel on the dispatch shelf.</translation>
    </message>
    <message>
        <source>Keep your receipt: its QR code tracks the parcel.</source>
        <translation>Keep your receipt: its QR code tracks the parcel.</translation>
    </message>
    <message>
        <source>The receipt could not be printed, but your parcel is handed in. Box {barcode}: note this number to track the parcel.</source>
        <translation>The receipt could not be printed, but your parcel is handed in. Box {barcode}: note this number to track the parcel.</translation>
    </message>
    <message>
        <source>It will be registered automatically.</source>
        <translation>It will be registered automatically.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Enter your phone number.</translation>
    </message>
    <message>
        <source>A Kazakhstan mobile number: ten digits after plus seven. We will send a code to it by SMS.</source>
        <translation>A Kazakhstan mobile number: ten digits after plus seven. We will send a code to it by SMS.</translation>
    </message>
    <message>
        <source>Sending the code.</source>
        <translation>Sending the code.</translation>
    </message>
    <message>
        <source>Please type your mobile number: ten digits after plus seven.</source>
        <translation>Please type your mobile number: ten digits after plus seven.</translation>
    </message>
    <message>
        <source>Please check the number: it has ten digits after plus seven.</source>
        <translation>Please check the number: it has ten digits after plus seven.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan number. Kazakhstan mobile numbers start with plus seven, seven.</source>
        <translation>This is not a Kazakhstan number. Kazakhstan mobile numbers start with plus seven, seven.</translation>
    </message>
    <message>
        <source>This looks like a landline number. Please enter a mobile number that can receive SMS.</source>
        <translation>This looks like a landline number. Please enter a mobile number that can receive SMS.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Enter the code from the SMS.</translation>
    </message>
    <message>
        <source>We sent a six-digit code to the number ending in {digits}.</source>
        <translation>We sent a six-digit code to the number ending in {digits}.</translation>
    </message>
    <message>
        <source>Checking.</source>
        <translation>Checking.</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>The code has six digits.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Attempts left: {attempts}.</source>
        <translation>The code is wrong or has expired. Attempts left: {attempts}.</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Please press Send a new code.</source>
        <translation>The code is wrong or has expired. Please press Send a new code.</translation>
    </message>
    <message>
        <source>You can ask for a new code in {time}.</source>
        <translation>You can ask for a new code in {time}.</translation>
    </message>
    <message>
        <source>Type the six-character pickup code from the SMS, or show its QR code.</source>
        <translation>Type the six-character pickup code from the SMS, or show its QR code.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the SMS and type it again.</source>
        <translation>This code is not valid or has expired. Check the SMS and type it again.</translation>
    </message>
    <message>
        <source>You can collect {items}.</source>
        <translation>You can collect {items}.</translation>
    </message>
    <message>
        <source>{kind}: row {row}, compartment {compartment}.</source>
        <translation>{kind}: row {row}, compartment {compartment}.</translation>
    </message>
    <message>
        <source>To pay at the checkout: {amount}.</source>
        <translation>To pay at the checkout: {amount}.</translation>
    </message>
    <message>
        <source>{kind}, tracking number {tracking}: {status}.</source>
        <translation>{kind}, tracking number {tracking}: {status}.</translation>
    </message>
    <message>
        <source>on its way, not arrived yet</source>
        <translation>on its way, not arrived yet</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>already collected</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>returned to the sender</translation>
    </message>
    <message>
        <source>please ask at the checkout</source>
        <translation>please ask at the checkout</translation>
    </message>
    <message>
        <source>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</source>
        <translation>There are no parcels to collect for this number right now. We will send you an SMS as soon as one arrives.</translation>
    </message>
    <message>
        <source>None of your items can be collected right now.</source>
        <translation>None of your items can be collected right now.</translation>
    </message>
    <message>
        <source>Take your ticket from the printer below: it lists every item.</source>
        <translation>Take your ticket from the printer below: it lists every item.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</source>
        <translation>The ticket could not be printed. Remember the rows and compartments, and tell the checkout your phone number.</translation>
    </message>
    <message>
        <source>Let&apos;s take a short pause.</source>
        <translation>Let&apos;s take a short pause.</translation>
    </message>
    <message>
        <source>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</source>
        <translation>There were too many attempts, so for your safety this terminal waits a little. Nothing is wrong with your parcels.</translation>
    </message>
    <message>
        <source>You can try again in {time}.</source>
        <translation>You can try again in {time}.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>{label}, button.</source>
        <translation>{label}, button.</translation>
    </message>
    <message>
        <source>{label}, key.</source>
        <translation>{label}, key.</translation>
    </message>
    <message>
        <source>{label}, text field, empty.</source>
        <translation>{label}, text field, empty.</translation>
    </message>
    <message>
        <source>{label}, text field: {value}.</source>
        <translation>{label}, text field: {value}.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Box barcode</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Code from the SMS</source>
        <translation>Code from the SMS</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Louder.</source>
        <translation>Louder.</translation>
    </message>
    <message>
        <source>Quieter.</source>
        <translation>Quieter.</translation>
    </message>
    <message>
        <source>Faster.</source>
        <translation>Faster.</translation>
    </message>
    <message>
        <source>Slower.</source>
        <translation>Slower.</translation>
    </message>
    <message>
        <source>That is the limit.</source>
        <translation>That is the limit.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Staff {id}</source>
        <translation>Staff {id}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Checkout desk</source>
        <translation>Checkout desk</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s ticket, or a parcel.</source>
        <translation>Scan the customer&apos;s ticket, or a parcel.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>Handed over: {n} item(s). Next customer.</source>
        <translation>Handed over: {n} item(s). Next customer.</translation>
    </message>
    <message>
        <source>Recorded as not handed over. Next customer.</source>
        <translation>Recorded as not handed over. Next customer.</translation>
    </message>
    <message>
        <source>No ID document</source>
        <translation>No ID document</translation>
    </message>
    <message>
        <source>ID does not match</source>
        <translation>ID does not match</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <source>Parcel damaged</source>
        <translation>Parcel damaged</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>already collected</source>
        <translation>already collected</translation>
    </message>
    <message>
        <source>returned to sender</source>
        <translation>returned to sender</translation>
    </message>
    <message>
        <source>not on a shelf</source>
        <translation>not on a shelf</translation>
    </message>
    <message>
        <source>cannot be handed over</source>
        <translation>cannot be handed over</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID document before handing over.</source>
        <translation>Check the customer&apos;s ID document before handing over.</translation>
    </message>
    <message>
        <source>Recipient: {name}</source>
        <translation>Recipient: {name}</translation>
    </message>
    <message>
        <source>Row / compartment</source>
        <translation>Row / compartment</translation>
    </message>
    <message>
        <source>Storage fee {fee} · Cash on delivery {cod} · To collect {total}</source>
        <translation>Storage fee {fee} · Cash on delivery {cod} · To collect {total}</translation>
    </message>
    <message>
        <source>Why was it not handed over?</source>
        <translation>Why was it not handed over?</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Returns due</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Take each parcel off its shelf and scan it: it goes back to the sender.</source>
        <translation>Take each parcel off its shelf and scan it: it goes back to the sender.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No parcels are due for return today.</source>
        <translation>No parcels are due for return today.</translation>
    </message>
    <message>
        <source>Returned: {done}. Still on the shelves: {left}.</source>
        <translation>Returned: {done}. Still on the shelves: {left}.</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Courier collection</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>Scan each box on the dispatch shelf as the courier takes it.</source>
        <translation>Scan each box on the dispatch shelf as the courier takes it.</translation>
    </message>
    <message>
        <source>Keep back (not registered yet): {boxes}</source>
        <translation>Keep back (not registered yet): {boxes}</translation>
    </message>
    <message>
        <source>Collected: {n} box(es).</source>
        <translation>Collected: {n} box(es).</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Slip printed.</translation>
    </message>
    <message>
        <source>The slip was not printed: check the printer.</source>
        <translation>The slip was not printed: check the printer.</translation>
    </message>
    <message>
        <source>Stocking station</source>
        <translation>Stocking station</translation>
    </message>
    <message>
        <source>Staff station</source>
        <translation>Staff station</translation>
    </message>
    <message>
        <source>Staff {id}: enter your PIN.</source>
        <translation>Staff {id}: enter your PIN.</translation>
    </message>
    <message>
        <source>Scan your staff badge, or type your staff id and tap Next.</source>
        <translation>Scan your staff badge, or type your staff id and tap Next.</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>Staff id</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Other staff id</source>
        <translation>Other staff id</translation>
    </message>
    <message>
        <source>Too many wrong PINs: sign-in is locked for a while.</source>
        <translation>Too many wrong PINs: sign-in is locked for a while.</translation>
    </message>
    <message>
        <source>Wrong staff id or PIN. Attempts left: {n}.</source>
        <translation>Wrong staff id or PIN. Attempts left: {n}.</translation>
    </message>
    <message>
        <source>Shelve arrivals</source>
        <translation>Shelve arrivals</translation>
    </message>
    <message>
        <source>Move a parcel</source>
        <translation>Move a parcel</translation>
    </message>
    <message>
        <source>Print shelf labels</source>
        <translation>Print shelf labels</translation>
    </message>
    <message>
        <source>Now scan the compartment&apos;s shelf label, or type row and compartment (3 12).</source>
        <translation>Now scan the compartment&apos;s shelf label, or type row and compartment (3 12).</translation>
    </message>
    <message>
        <source>Parcel {number}</source>
        <translation>Parcel {number}</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode.</source>
        <translation>Scan the parcel&apos;s barcode.</translation>
    </message>
    <message>
        <source>{number}: row {row}, compartment {compartment}. Next parcel.</source>
        <translation>{number}: row {row}, compartment {compartment}. Next parcel.</translation>
    </message>
    <message>
        <source>A label with a barcode for every compartment of the range.</source>
        <translation>A label with a barcode for every compartment of the range.</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Rows from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Compartments from</source>
        <translation>Compartments from</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printed: {n} label(s).</source>
        <translation>Printed: {n} label(s).</translation>
    </message>
</context>
<context>
    <name>StationProblem</name>
    <message>
        <source>Not saved: the central system cannot be reached. Try again.</source>
        <translation>Not saved: the central system cannot be reached. Try again.</translation>
    </message>
    <message>
        <source>The central system cannot be reached, and this needs it. Try again in a moment.</source>
        <translation>The central system cannot be reached, and this needs it. Try again in a moment.</translation>
    </message>
    <message>
        <source>Not found. Check the code and scan again.</source>
        <translation>Not found. Check the code and scan again.</translation>
    </message>
    <message>
        <source>This ticket is not known yet (it may still be on its way from the terminal). Scan the parcel instead.</source>
        <translation>This ticket is not known yet (it may still be on its way from the terminal). Scan the parcel instead.</translation>
    </message>
    <message>
        <source>This parcel is on no manifest. Put it aside for the supervisor.</source>
        <translation>This parcel is on no manifest. Put it aside for the supervisor.</translation>
    </message>
    <message>
        <source>This parcel is already on a shelf.</source>
        <translation>This parcel is already on a shelf.</translation>
    </message>
    <message>
        <source>This parcel has already been collected.</source>
        <translation>This parcel has already been collected.</translation>
    </message>
    <message>
        <source>This parcel has been returned to the sender.</source>
        <translation>This parcel has been returned to the sender.</translation>
    </message>
    <message>
        <source>This parcel is not on a shelf: shelve it first.</source>
        <translation>This parcel is not on a shelf: shelve it first.</translation>
    </message>
    <message>
        <source>This parcel&apos;s last day has not passed: put it back on its shelf.</source>
        <translation>This parcel&apos;s last day has not passed: put it back on its shelf.</translation>
    </message>
    <message>
        <source>Not registered yet: keep this box back for the next collection.</source>
        <translation>Not registered yet: keep this box back for the next collection.</translation>
    </message>
    <message>
        <source>This station is not allowed to do that: check its role.</source>
        <translation>This station is not allowed to do that: check its role.</translation>
    </message>
    <message>
        <source>This is not a valid code.</source>
        <translation>This is not a valid code.</translation>
    </message>
    <message>
        <source>Row or compartment not accepted.</source>
        <translation>Row or compartment not accepted.</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s barcode first.</source>
        <translation>Scan the parcel&apos;s barcode first.</translation>
    </message>
    <message>
        <source>Scan the compartment&apos;s shelf label, or type row and compartment.</source>
        <translation>Scan the compartment&apos;s shelf label, or type row and compartment.</translation>
    </message>
    <message>
        <source>This is not a box barcode.</source>
        <translation>This is not a box barcode.</translation>
    </message>
    <message>
        <source>This box is already on the list.</source>
        <translation>This box is already on the list.</translation>
    </message>
    <message>
        <source>Type the first and last row and the first and last compartment.</source>
        <translation>Type the first and last row and the first and last compartment.</translation>
    </message>
    <message>
        <source>Too many labels at once: print a smaller range.</source>
        <translation>Too many labels at once: print a smaller range.</translation>
    </message>
    <message>
        <source>Not printed: check the printer and try again.</source>
        <translation>Not printed: check the printer and try again.</translation>
    </message>
    <message>
        <source>You have no maintenance right. Ask a supervisor.</source>
        <translation>You have no maintenance right. Ask a supervisor.</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong: ask a supervisor to check it.</source>
        <translation>This station&apos;s clock is wrong: ask a supervisor to check it.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Too many attempts: wait a minute and try again.</translation>
    </message>
    <message>
        <source>Refused by the central system.</source>
        <translation>Refused by the central system.</translation>
    </message>
    <message>
        <source>Saved on this station: it will be sent when the connection returns. Carry on.</source>
        <translation>Saved on this station: it will be sent when the connection returns. Carry on.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Pickup ticket</source>
        <translation>Pickup ticket</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Item {number} of {count}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation>Compartment</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Free storage until</source>
        <translation>Free storage until</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Storage fee today</source>
        <translation>Storage fee today</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>To pay at the checkout</source>
        <translation>To pay at the checkout</translation>
    </message>
    <message>
        <source>Take the item and present this ticket and your ID at the checkout.</source>
        <translation>Take the item and present this ticket and your ID at the checkout.</translation>
    </message>
    <message>
        <source>Cannot reach it? Press I need help on the screen or ask at the checkout: staff will bring the parcel to you.</source>
        <translation>Cannot reach it? Press I need help on the screen or ask at the checkout: staff will bring the parcel to you.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>Small package</source>
        <translation>Small package</translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation>Parcel locker item</translation>
    </message>
    <message>
        <source>Dispatch receipt</source>
        <translation>Dispatch receipt</translation>
    </message>
    <message>
        <source>Box barcode</source>
        <translation>Box barcode</translation>
    </message>
    <message>
        <source>Box size</source>
        <translation>Box size</translation>
    </message>
    <message>
        <source>Dispatch reference</source>
        <translation>Dispatch reference</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Scan to track your parcel</source>
        <translation>Scan to track your parcel</translation>
    </message>
    <message>
        <source>Put the parcel on the dispatch shelf.</source>
        <translation>Put the parcel on the dispatch shelf.</translation>
    </message>
    <message>
        <source>The central system could not be reached: this dispatch will be registered automatically.</source>
        <translation>The central system could not be reached: this dispatch will be registered automatically.</translation>
    </message>
    <message>
        <source>Shelf labels</source>
        <translation>Shelf labels</translation>
    </message>
    <message>
        <source>Courier collection</source>
        <translation>Courier collection</translation>
    </message>
    <message>
        <source>Boxes collected</source>
        <translation>Boxes collected</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Courier&apos;s signature</source>
        <translation>Courier&apos;s signature</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Enter the tracking number</source>
        <translation>Enter the tracking number</translation>
    </message>
    <message>
        <source>13 characters, like {example}, or scan the barcode</source>
        <translation>13 characters, like {example}, or scan the barcode</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Use my phone number</source>
        <translation>Use my phone number</translation>
    </message>
    <message>
        <source>I have a pickup code</source>
        <translation>I have a pickup code</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Looking for your parcel…</source>
        <translation>Looking for your parcel…</translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation>Please type the tracking number or scan its barcode.</translation>
    </message>
    <message numerus="yes">
        <source>The number has 13 characters, like {example}. You entered %n.</source>
        <translation>
            <numerusform>The number has 13 characters, like {example}. You entered %n character.</numerusform>
            <numerusform>The number has 13 characters, like {example}. You entered %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number starts with two Latin letters, like CC or RR.</source>
        <translation>The number starts with two Latin letters, like CC or RR.</translation>
    </message>
    <message>
        <source>After the first two letters come 9 digits: check for a letter O typed instead of a zero.</source>
        <translation>After the first two letters come 9 digits: check for a letter O typed instead of a zero.</translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like KZ.</source>
        <translation>The number ends with two Latin letters, like KZ.</translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation>Tracking numbers never start with J, K, S, T or W: please check the first letter.</translation>
    </message>
    <message>
        <source>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</source>
        <translation>This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, or type the number.</translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation>This number has a typing error: please check every digit.</translation>
    </message>
</context>
</TS>
