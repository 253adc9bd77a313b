<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>DeliveredScreen</name>
    <message>
        <source>This parcel has already been collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not collect it yourself, please ask at the checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item and present the ticket and your ID at the checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again in a moment. If it does not help, ask at the checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Collect or send a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning to the start in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotArrivedScreen</name>
    <message>
        <source>Your parcel is on its way and has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come back when you are notified that it has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotFoundScreen</name>
    <message>
        <source>Check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find a parcel with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number in your SMS or notice and enter it again. If it is correct, please ask at the checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Your parcel is here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free storage until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept here until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage fee today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery, to pay at the checkout: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your ticket from the printer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be printed. Remember row {row}, compartment {compartment}, and tell the checkout your tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnedScreen</name>
    <message>
        <source>The storage period has ended and the parcel was returned to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please contact the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Pickup ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free storage until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage fee today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay at the checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item and present this ticket and your ID at the checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel locker item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 characters, like {example}, or scan the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use phone number instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your parcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the tracking number or scan its barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has 13 characters, like {example}. You entered {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with two Latin letters, like CC or RR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first two letters come 9 digits. Check for the letter O instead of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number ends with two Latin letters, like KZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking numbers never start with J, K, S, T or W: please check the first letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has a typing error: please check every digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
