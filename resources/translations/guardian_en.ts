<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsForm</name>
    <message>
        <location filename="../../ui/teens.py" line="132"/>
        <source>Your teen&apos;s accounts, one per line</source>
        <translation>Your teen&apos;s accounts, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="133"/>
        <source>for example:
@lea.dance
Léa Martin</source>
        <translation>for example:
@lea.dance
Léa Martin</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="135"/>
        <source>These names are stored encrypted, like the alerts.</source>
        <translation>These names are stored encrypted, like the alerts.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>Your teen&apos;s accounts</source>
        <translation>Your teen&apos;s accounts</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="169"/>
        <source>The names and handles your teen uses in each app, so Guardian can tell their messages from the contact&apos;s. One per line.</source>
        <translation>The names and handles your teen uses in each app, so Guardian can tell their messages from the contact&apos;s. One per line.</translation>
    </message>
</context>
<context>
    <name>AddTeenDialog</name>
    <message>
        <location filename="../../ui/teens.py" line="146"/>
        <source>Add a teen</source>
        <translation>Add a teen</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="149"/>
        <source>Hand the keyboard to your teen</source>
        <translation>Hand the keyboard to your teen</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="152"/>
        <source>Your teen&apos;s accounts</source>
        <translation>Your teen&apos;s accounts</translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="65"/>
        <source>No agreement has been signed with %1 yet. Read it together and sign it: until then %1 cannot open their own view.</source>
        <translation>No agreement has been signed with %1 yet. Read it together and sign it: until then %1 cannot open their own view.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="67"/>
        <source>Sign the agreement together…</source>
        <translation>Sign the agreement together…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="68"/>
        <source>Sign the agreement with %1</source>
        <translation>Sign the agreement with %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="77"/>
        <source>Monitoring status</source>
        <translation>Monitoring status</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="83"/>
        <source>Version %1, in the words %2 reads in their own view:</source>
        <translation>Version %1, in the words %2 reads in their own view:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="93"/>
        <source>Review %1&apos;s proposal…</source>
        <translation>Review %1&apos;s proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="94"/>
        <source>Change the agreement…</source>
        <translation>Change the agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="95"/>
        <source>Change or approve the agreement with %1</source>
        <translation>Change or approve the agreement with %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="100"/>
        <source>Language of the printable copy</source>
        <translation>Language of the printable copy</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="104"/>
        <source>Save a printable copy…</source>
        <translation>Save a printable copy…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="105"/>
        <source>Save a printable copy of %1&apos;s agreement</source>
        <translation>Save a printable copy of %1&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="112"/>
        <source>family-agreement.pdf</source>
        <translation>family-agreement.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="113"/>
        <source>Save a printable copy</source>
        <translation>Save a printable copy</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="109"/>
        <source>Family agreement</source>
        <translation>Family agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="134"/>
        <source>What Guardian looks for</source>
        <translation>What Guardian looks for</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="141"/>
        <source>How closely: %1</source>
        <translation>How closely: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>Less closely</source>
        <translation>Less closely</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>Normally</source>
        <translation>Normally</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>More closely</source>
        <translation>More closely</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="147"/>
        <source>Always watched: threats to share images and self-harm</source>
        <translation>Always watched: threats to share images and self-harm</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="156"/>
        <source>Which apps</source>
        <translation>Which apps</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="167"/>
        <source>What the parent sees</source>
        <translation>What the parent sees</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="169"/>
        <source>Messages shown before and after a flagged one</source>
        <translation>Messages shown before and after a flagged one</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="170"/>
        <source>Messages around a flagged one</source>
        <translation>Messages around a flagged one</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="171"/>
        <source>Hide the names and numbers of other people in the chat</source>
        <translation>Hide the names and numbers of other people in the chat</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="177"/>
        <source>Trusted contacts</source>
        <translation>Trusted contacts</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="180"/>
        <source>One name or handle per line. Their messages do not cause alerts, except threats to share images and talk of self-harm. The teen proposes, the parent approves.</source>
        <translation>One name or handle per line. Their messages do not cause alerts, except threats to share images and talk of self-harm. The teen proposes, the parent approves.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="183"/>
        <source>Trusted contacts, one per line</source>
        <translation>Trusted contacts, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="189"/>
        <source>Time and notifications</source>
        <translation>Time and notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="191"/>
        <source>Days alerts are kept</source>
        <translation>Days alerts are kept</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="192"/>
        <source>Delete alerts after (days)</source>
        <translation>Delete alerts after (days)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="194"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>For each alert</source>
        <translation>For each alert</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>Only for the most serious alerts</source>
        <translation>Only for the most serious alerts</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>No notifications</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="199"/>
        <source>Notify the parent</source>
        <translation>Notify the parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="200"/>
        <source>Age when Guardian starts watching less</source>
        <translation>Age when Guardian starts watching less</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="201"/>
        <source>Watch less from age</source>
        <translation>Watch less from age</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="202"/>
        <source>Age when monitoring stops</source>
        <translation>Age when monitoring stops</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="203"/>
        <source>Stop monitoring at age</source>
        <translation>Stop monitoring at age</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="204"/>
        <source>Pause monitoring (your teen sees it)</source>
        <translation>Pause monitoring (your teen sees it)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="219"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="224"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="225"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="239"/>
        <source>What this change does</source>
        <translation>What this change does</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="242"/>
        <source>Teen&apos;s PIN</source>
        <translation>Teen&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="245"/>
        <source>Teen&apos;s PIN, typed by the teen</source>
        <translation>Teen&apos;s PIN, typed by the teen</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="257"/>
        <source>Save a printable copy…</source>
        <translation>Save a printable copy…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="259"/>
        <location filename="../../ui/agreement_dialog.py" line="383"/>
        <source>Sign and save</source>
        <translation>Sign and save</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="262"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="299"/>
        <source>Version %1 of the agreement.</source>
        <translation>Version %1 of the agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="309"/>
        <source>Proposed change: %1. Trusted contacts would be: %2.</source>
        <translation>Proposed change: %1. Trusted contacts would be: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="343"/>
        <source>This change is not possible: the agreement would break one of its rules (for example a contact listed twice, or a stage age after the end of monitoring).</source>
        <translation>This change is not possible: the agreement would break one of its rules (for example a contact listed twice, or a stage age after the end of monitoring).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="352"/>
        <source>Nothing changed yet.</source>
        <translation>Nothing changed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="358"/>
        <source>This change lets you see more (%1). Your teen must agree: hand them the keyboard so they type their PIN below.</source>
        <translation>This change lets you see more (%1). Your teen must agree: hand them the keyboard so they type their PIN below.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="360"/>
        <source>This change gives your teen more privacy. Your signature is enough; your teen will see it in their log.</source>
        <translation>This change gives your teen more privacy. Your signature is enough; your teen will see it in their log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="363"/>
        <source>Your parent must approve this change. It will wait for them; you will see it in your log.</source>
        <translation>Your parent must approve this change. It will wait for them; you will see it in your log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="366"/>
        <source>This change lets your parent see more (%1). Saving it with your PIN means you agree.</source>
        <translation>This change lets your parent see more (%1). Saving it with your PIN means you agree.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="368"/>
        <source>This change gives you more privacy. Your signature is enough; your parent will see it in the log.</source>
        <translation>This change gives you more privacy. Your signature is enough; your parent will see it in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="381"/>
        <source>Send to my parent</source>
        <translation>Send to my parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="395"/>
        <source>Saved, signed by you and your teen.</source>
        <translation>Saved, signed by you and your teen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="397"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="399"/>
        <source>Sent. It will count once your parent approves it.</source>
        <translation>Sent. It will count once your parent approves it.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="402"/>
        <source>That PIN is not right. Nothing was saved.</source>
        <translation>That PIN is not right. Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement_dialog.py" line="407"/>
        <source>Too many wrong PINs. Nothing was saved; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Nothing was saved; try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Nothing was saved; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="411"/>
        <source>The agreement changed meanwhile. Nothing was saved; it has been reloaded.</source>
        <translation>The agreement changed meanwhile. Nothing was saved; it has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="418"/>
        <source>Approved and saved.</source>
        <translation>Approved and saved.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="423"/>
        <source>Declined. Your teen will see it in their log.</source>
        <translation>Declined. Your teen will see it in their log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="432"/>
        <source>family-agreement.pdf</source>
        <translation>family-agreement.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="433"/>
        <source>Save a printable copy</source>
        <translation>Save a printable copy</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="439"/>
        <source>Saved a printable copy: %1</source>
        <translation>Saved a printable copy: %1</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="184"/>
        <source>Family agreement</source>
        <translation>Family agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="186"/>
        <source>What you and your teen agreed Guardian watches, in the words your teen reads in their own view. A change that lets you see more needs your teen&apos;s PIN; every change, and every pause, is shown to them.</source>
        <translation>What you and your teen agreed Guardian watches, in the words your teen reads in their own view. A change that lets you see more needs your teen&apos;s PIN; every change, and every pause, is shown to them.</translation>
    </message>
</context>
<context>
    <name>AgreementSummary</name>
    <message>
        <location filename="../../ui/teens.py" line="74"/>
        <source>The agreement, in plain words</source>
        <translation>The agreement, in plain words</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/inbox_model.py" line="44"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="45"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="46"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="49"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="47"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <location filename="../../ui/alert_view.py" line="56"/>
        <source>Another person</source>
        <translation>Another person</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="89"/>
        <source>Selected alert</source>
        <translation>Selected alert</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="92"/>
        <source>Select an alert to see why it was raised.</source>
        <translation>Select an alert to see why it was raised.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="124"/>
        <source>Why this alert</source>
        <translation>Why this alert</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="127"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="133"/>
        <source>Flagged messages and their context</source>
        <translation>Flagged messages and their context</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="135"/>
        <source>Highlighted: the words that matched. Other lines are the agreed context.</source>
        <translation>Highlighted: the words that matched. Other lines are the agreed context.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="139"/>
        <source>How the conversation developed</source>
        <translation>How the conversation developed</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="142"/>
        <source>The same contact elsewhere</source>
        <translation>The same contact elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="146"/>
        <source>Signs found</source>
        <translation>Signs found</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="150"/>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="152"/>
        <source>Talk with your teen calmly: they are not in trouble. Keep the messages; do not reply to the contact in their place. If there are threats or requests for photos, get help now.</source>
        <translation>Talk with your teen calmly: they are not in trouble. Keep the messages; do not reply to the contact in their place. If there are threats or requests for photos, get help now.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="157"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="157"/>
        <source>Mark this alert as reviewed</source>
        <translation>Mark this alert as reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="158"/>
        <source>Not a concern</source>
        <translation>Not a concern</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="159"/>
        <source>Mark this alert as not a concern; Guardian keeps a local note</source>
        <translation>Mark this alert as not a concern; Guardian keeps a local note</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="160"/>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="160"/>
        <source>Export the evidence</source>
        <translation>Export the evidence</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="161"/>
        <source>Save the whole conversation with this contact as a PDF and a JSON file, with fingerprints, for the police or a helpline. Your teen will see that you did.</source>
        <translation>Save the whole conversation with this contact as a PDF and a JSON file, with fingerprints, for the police or a helpline. Your teen will see that you did.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="164"/>
        <source>Get help</source>
        <translation>Get help</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="164"/>
        <source>Who can help, and how</source>
        <translation>Who can help, and how</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="208"/>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="210"/>
        <source>%1 · conversation “%2” · %3</source>
        <translation>%1 · conversation “%2” · %3</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="214"/>
        <source>This alert&apos;s record could not be read.</source>
        <translation>This alert&apos;s record could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="237"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="245"/>
        <source>%1 on %2 (contact %3)</source>
        <translation>%1 on %2 (contact %3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>BirthMonthField</name>
    <message>
        <location filename="../../ui/teens.py" line="43"/>
        <source>Month of birth</source>
        <translation>Month of birth</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="47"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <location filename="../../ui/inbox.py" line="104"/>
        <location filename="../../ui/inbox.py" line="145"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="106"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="107"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="108"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="109"/>
        <source>Choose dates…</source>
        <translation>Choose dates…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="124"/>
        <source>Choose dates</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="132"/>
        <location filename="../../ui/inbox.py" line="134"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="133"/>
        <location filename="../../ui/inbox.py" line="135"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="149"/>
        <source>Date: %1 – %2</source>
        <translation>Date: %1 – %2</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ui/sources.py" line="67"/>
        <source>Add exports</source>
        <translation>Add exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="71"/>
        <source>Drop your teen&apos;s exports here (zip files, folders or files), or choose them.</source>
        <translation>Drop your teen&apos;s exports here (zip files, folders or files), or choose them.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="73"/>
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="74"/>
        <source>Choose export files or zips</source>
        <translation>Choose export files or zips</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="75"/>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="76"/>
        <source>Choose an unzipped export folder</source>
        <translation>Choose an unzipped export folder</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="96"/>
        <source>Choose exports</source>
        <translation>Choose exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="96"/>
        <source>Exports (%1)</source>
        <translation>Exports (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="101"/>
        <source>Choose an export folder</source>
        <translation>Choose an export folder</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../../ui/help.py" line="48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="56"/>
        <source>You can stay anonymous.</source>
        <translation>You can stay anonymous.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="58"/>
        <source>Not anonymous.</source>
        <translation>Not anonymous.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="178"/>
        <source>The first exports</source>
        <translation>The first exports</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="179"/>
        <source>Add the data exports downloaded from your teen&apos;s apps. You can also do this later.</source>
        <translation>Add the data exports downloaded from your teen&apos;s apps. You can also do this later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="185"/>
        <source>Exports to read</source>
        <translation>Exports to read</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="187"/>
        <source>How to download the data</source>
        <translation>How to download the data</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="189"/>
        <source>TikTok: Settings › Account › Download your data › JSON.
Instagram: Settings › Your activity › Download your information › Messages, format JSON.
WhatsApp: open the chat › ⋮ › More › Export chat › Without media.
Snapchat: Settings › My Data › Submit request; the zip arrives by e-mail.
Discord and Telegram: request the data package, or export the chat from the desktop app.</source>
        <translation>TikTok: Settings › Account › Download your data › JSON.
Instagram: Settings › Your activity › Download your information › Messages, format JSON.
WhatsApp: open the chat › ⋮ › More › Export chat › Without media.
Snapchat: Settings › My Data › Submit request; the zip arrives by e-mail.
Discord and Telegram: request the data package, or export the chat from the desktop app.</translation>
    </message>
</context>
<context>
    <name>FirstAgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="130"/>
        <source>Sign the family agreement</source>
        <translation>Sign the family agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="134"/>
        <source>Hand the keyboard to %1</source>
        <translation>Hand the keyboard to %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="141"/>
        <source>Born in</source>
        <translation>Born in</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="142"/>
        <location filename="../../ui/agreement_page.py" line="143"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="145"/>
        <source>We read this together and we both sign it</source>
        <translation>We read this together and we both sign it</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="164"/>
        <source>That PIN is not right. Nothing was signed.</source>
        <translation>That PIN is not right. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="167"/>
        <source>Too many wrong PINs. Wait a little, then try again.</source>
        <translation>Too many wrong PINs. Wait a little, then try again.</translation>
    </message>
</context>
<context>
    <name>Guardian</name>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Guardian opened without your passphrase: it is remembered on this computer account. You can turn this off in Sources.</source>
        <translation>Guardian opened without your passphrase: it is remembered on this computer account. You can turn this off in Sources.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>The system key store did not accept the key: Guardian will ask for your passphrase each time. You can try again in Sources.</source>
        <translation>The system key store did not accept the key: Guardian will ask for your passphrase each time. You can try again in Sources.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>The scan stopped because of an error in Guardian. Nothing was lost; please try again.</source>
        <translation>The scan stopped because of an error in Guardian. Nothing was lost; please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="281"/>
        <source>Scan cancelled. Alerts found before the cancel are not kept; run it again at any time.</source>
        <translation>Scan cancelled. Alerts found before the cancel are not kept; run it again at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="283"/>
        <source>Monitoring is paused in the family agreement: nothing was read.</source>
        <translation>Monitoring is paused in the family agreement: nothing was read.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="285"/>
        <source>Monitoring has ended, as the family agreed: nothing was read.</source>
        <translation>Monitoring has ended, as the family agreed: nothing was read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="286"/>
        <source>Scan finished: %n new alert(s).</source>
        <translation>
            <numerusform>Scan finished: %n new alert.</numerusform>
            <numerusform>Scan finished: %n new alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="288"/>
        <source>%n export(s) had already been read.</source>
        <translation>
            <numerusform>%n export had already been read.</numerusform>
            <numerusform>%n exports had already been read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="290"/>
        <source>%n file(s) could not be read: see Sources.</source>
        <translation>
            <numerusform>%n file could not be read: see Sources.</numerusform>
            <numerusform>%n files could not be read: see Sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../../ui/help.py" line="139"/>
        <source>Avoid:</source>
        <translation>Avoid:</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/help.py" line="67"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="75"/>
        <source>Who can help</source>
        <translation>Who can help</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="77"/>
        <location filename="../../ui/help.py" line="78"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="82"/>
        <source>Guardian never contacts these services: the numbers and addresses are for you to use.</source>
        <translation>Guardian never contacts these services: the numbers and addresses are for you to use.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="98"/>
        <source>Another country (international services)</source>
        <translation>Another country (international services)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="108"/>
        <source>The help directory could not be read. In an emergency, call 112 (Europe) or 911 (North America).</source>
        <translation>The help directory could not be read. In an emergency, call 112 (Europe) or 911 (North America).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>For this alert: %1.</source>
        <translation>For this alert: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="114"/>
        <source>What to do, whatever happened:</source>
        <translation>What to do, whatever happened:</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox.py" line="180"/>
        <source>Search contacts and messages</source>
        <translation>Search contacts and messages</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="181"/>
        <source>Search alerts</source>
        <translation>Search alerts</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="190"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="227"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="228"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="229"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="234"/>
        <source>Show low-level signals</source>
        <translation>Show low-level signals</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="235"/>
        <source>Also show low-level signals, which are hidden by default</source>
        <translation>Also show low-level signals, which are hidden by default</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="236"/>
        <source>Weak signs that need no action on their own</source>
        <translation>Weak signs that need no action on their own</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="238"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="239"/>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="297"/>
        <source>No alert matches these filters.</source>
        <translation>No alert matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="304"/>
        <source>No alerts. No export has been read yet: add one in Sources.</source>
        <translation>No alerts. No export has been read yet: add one in Sources.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox.py" line="307"/>
        <source>%n export(s) (%1)</source>
        <translation>
            <numerusform>%n export (%1)</numerusform>
            <numerusform>%n exports (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox.py" line="308"/>
        <source>No alerts. Guardian read %n message(s) from %1.</source>
        <translation>
            <numerusform>No alerts. Guardian read %n message from %1.</numerusform>
            <numerusform>No alerts. Guardian read %n messages from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="311"/>
        <source>Period: %1 to %2.</source>
        <translation>Period: %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="319"/>
        <source>Where to save the evidence dossier</source>
        <translation>Where to save the evidence dossier</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="328"/>
        <source>The evidence could not be saved: %1</source>
        <translation>The evidence could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="332"/>
        <source>The evidence could not be saved: the folder cannot be written to.</source>
        <translation>The evidence could not be saved: the folder cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="335"/>
        <source>Evidence saved in %1: %2. Fingerprint (SHA-256): %3</source>
        <translation>Evidence saved in %1: %2. Fingerprint (SHA-256): %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Pausing signs a new version of the agreement; your teen sees it</source>
        <translation>Pausing signs a new version of the agreement; your teen sees it</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>%1: monitoring ended on %2, as you agreed. Guardian reads nothing more for them, and they were told too.</source>
        <translation>%1: monitoring ended on %2, as you agreed. Guardian reads nothing more for them, and they were told too.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>%1: since %2, Guardian watches less, as you agreed for this age. They were told too.</source>
        <translation>%1: since %2, Guardian watches less, as you agreed for this age. They were told too.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>All teens</source>
        <translation>All teens</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="206"/>
        <source>Watching and notifications</source>
        <translation>Watching and notifications</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="207"/>
        <source>Both are optional and can be changed later.</source>
        <translation>Both are optional and can be changed later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>Guardian can watch one folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian can watch one folder, such as Downloads, and read new exports saved there while it runs.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="212"/>
        <source>No folder is watched.</source>
        <translation>No folder is watched.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="213"/>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="214"/>
        <source>Choose the watched folder</source>
        <translation>Choose the watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Tell me when there is a new alert (the notification never shows any message)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="222"/>
        <source>Desktop notifications for new alerts</source>
        <translation>Desktop notifications for new alerts</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228"/>
        <source>Choose the folder to watch</source>
        <translation>Choose the folder to watch</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Teen shown</source>
        <translation>Teen shown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Whose alerts to show</source>
        <translation>Whose alerts to show</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Family agreement</source>
        <translation>Family agreement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Pause or resume monitoring</source>
        <translation>Pause or resume monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Lock Guardian</source>
        <translation>Lock Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Resume monitoring</source>
        <translation>Resume monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Alerts, %n unread</source>
        <translation>
            <numerusform>Alerts, %n unread</numerusform>
            <numerusform>Alerts, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Pause monitoring</source>
        <translation>Pause monitoring</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="118"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Alerts per week</source>
        <translation>Alerts per week</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="127"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>By platform</source>
        <translation>By platform</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="130"/>
        <source>Alerts by category</source>
        <translation>Alerts by category</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="132"/>
        <source>Alerts by platform</source>
        <translation>Alerts by platform</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="138"/>
        <source>What was scanned</source>
        <translation>What was scanned</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview.py" line="153"/>
        <source>%n alert(s) in total.</source>
        <translation>
            <numerusform>%n alert in total.</numerusform>
            <numerusform>%n alerts in total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="162"/>
        <source>Nothing has been scanned yet.</source>
        <translation>Nothing has been scanned yet.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="25"/>
        <location filename="../../ui/passphrase.py" line="32"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="26"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="30"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="33"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="34"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="48"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="49"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="50"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="51"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="52"/>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="62"/>
        <source>For example: four words that make a picture only you would imagine.</source>
        <translation>For example: four words that make a picture only you would imagine.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="64"/>
        <source>add words to make it longer.</source>
        <translation>add words to make it longer.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="66"/>
        <source>type it again below.</source>
        <translation>type it again below.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="68"/>
        <source>good.</source>
        <translation>good.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>Your parent passphrase</source>
        <translation>Your parent passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>It locks the alerts. Choose a few words only you know: long beats complicated.</source>
        <translation>It locks the alerts. Choose a few words only you know: long beats complicated.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="151"/>
        <source>Use the recovery code</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="155"/>
        <source>Type the recovery code you wrote down when you set up Guardian, then choose a new passphrase. The alerts stay as they are.</source>
        <translation>Type the recovery code you wrote down when you set up Guardian, then choose a new passphrase. The alerts stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="159"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>That recovery code is not right. Each attempt is recorded.</source>
        <translation>That recovery code is not right. Each attempt is recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="183"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="122"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>If you forget the passphrase, this code is the only way back in. Write it down or print it, and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="132"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134"/>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135"/>
        <source>Copy the recovery code</source>
        <translation>Copy the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="138"/>
        <source>I have written down or printed this code</source>
        <translation>I have written down or printed this code</translation>
    </message>
</context>
<context>
    <name>RememberChoice</name>
    <message>
        <location filename="../../ui/passphrase.py" line="84"/>
        <source>Remember on this computer account</source>
        <translation>Remember on this computer account</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="85"/>
        <source>Remember the parent key on this computer account</source>
        <translation>Remember the parent key on this computer account</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="90"/>
        <source>Guardian will then open without the passphrase on this computer account: anyone who uses it — possibly your teen — could open Guardian and read the alerts. Only tick this if your teen has their own account on this computer.</source>
        <translation>Guardian will then open without the passphrase on this computer account: anyone who uses it — possibly your teen — could open Guardian and read the alerts. Only tick this if your teen has their own account on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="95"/>
        <source>No system key store was found on this computer: Guardian will ask for your passphrase each time.</source>
        <translation>No system key store was found on this computer: Guardian will ask for your passphrase each time.</translation>
    </message>
</context>
<context>
    <name>RetryWait</name>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="64"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Reading the exports…</source>
        <translation>Reading the exports…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Scan progress</source>
        <translation>Scan progress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Cancel the scan</source>
        <translation>Cancel the scan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="105"/>
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="107"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="109"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="110"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="246"/>
        <source>Set up Guardian</source>
        <translation>Set up Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>Start Guardian</source>
        <translation>Start Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="272"/>
        <source>A vault already exists in this folder.</source>
        <translation>A vault already exists in this folder.</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <location filename="../../ui/sources.py" line="43"/>
        <source>no dates</source>
        <translation>no dates</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="45"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="46"/>
        <source>%n message(s) · %1 · read on %2</source>
        <translation>
            <numerusform>%n message · %1 · read on %2</numerusform>
            <numerusform>%n messages · %1 · read on %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="49"/>
        <source>scan not finished</source>
        <translation>scan not finished</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="53"/>
        <source>This export type never contains:</source>
        <translation>This export type never contains:</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="55"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../ui/sources.py" line="116"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="118"/>
        <source>New exports belong to</source>
        <translation>New exports belong to</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="121"/>
        <source>Teen the new exports belong to</source>
        <translation>Teen the new exports belong to</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="130"/>
        <location filename="../../ui/sources.py" line="136"/>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="132"/>
        <source>Guardian can watch a folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian can watch a folder, such as Downloads, and read new exports saved there while it runs.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="137"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="138"/>
        <source>Choose the watched folder</source>
        <translation>Choose the watched folder</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="140"/>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="141"/>
        <source>Stop watching the folder</source>
        <translation>Stop watching the folder</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="148"/>
        <location filename="../../ui/sources.py" line="150"/>
        <source>Files the last scan could not read</source>
        <translation>Files the last scan could not read</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="153"/>
        <source>Imported exports</source>
        <translation>Imported exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="168"/>
        <location filename="../../ui/sources.py" line="170"/>
        <source>Teens</source>
        <translation>Teens</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="172"/>
        <source>Add a teen…</source>
        <translation>Add a teen…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="173"/>
        <source>Add a teen to this family</source>
        <translation>Add a teen to this family</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="181"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="182"/>
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Tell me when there is a new alert (the notification never shows any message)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="184"/>
        <source>Desktop notifications for new alerts</source>
        <translation>Desktop notifications for new alerts</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="189"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="190"/>
        <source>Minutes without use before Guardian locks itself</source>
        <translation>Minutes without use before Guardian locks itself</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="191"/>
        <source>Lock Guardian after this long without use</source>
        <translation>Lock Guardian after this long without use</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="203"/>
        <source>Key store message</source>
        <translation>Key store message</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="216"/>
        <source>The system key store did not accept the key: Guardian will keep asking for your passphrase.</source>
        <translation>The system key store did not accept the key: Guardian will keep asking for your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="235"/>
        <source>No folder is watched.</source>
        <translation>No folder is watched.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="239"/>
        <source>%1 — %n account(s)</source>
        <translation>
            <numerusform>%1 — %n account</numerusform>
            <numerusform>%1 — %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="269"/>
        <source>No export has been read yet.</source>
        <translation>No export has been read yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="274"/>
        <source>Choose the folder to watch</source>
        <translation>Choose the folder to watch</translation>
    </message>
</context>
<context>
    <name>TeenForm</name>
    <message>
        <location filename="../../ui/teens.py" line="98"/>
        <source>Our agreement, in plain words, as you will find it in your own view of Guardian. It is the suggested one: after signing, either of you can propose changes, and any change that lets your parent see more needs your PIN.</source>
        <translation>Our agreement, in plain words, as you will find it in your own view of Guardian. It is the suggested one: after signing, either of you can propose changes, and any change that lets your parent see more needs your PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="104"/>
        <location filename="../../ui/teens.py" line="107"/>
        <source>Your first name</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="105"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="106"/>
        <source>Your PIN again</source>
        <translation>Your PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="108"/>
        <source>Born in</source>
        <translation>Born in</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="109"/>
        <source>Your PIN (4 or more)</source>
        <translation>Your PIN (4 or more)</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="110"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="112"/>
        <source>We read this together and we both sign it</source>
        <translation>We read this together and we both sign it</translation>
    </message>
</context>
<context>
    <name>TeenPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="154"/>
        <source>Hand the keyboard to your teen</source>
        <translation>Hand the keyboard to your teen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="155"/>
        <source>Read the agreement together. Then your teen chooses a PIN for their own view of Guardian, and you both sign.</source>
        <translation>Read the agreement together. Then your teen chooses a PIN for their own view of Guardian, and you both sign.</translation>
    </message>
</context>
<context>
    <name>TeenSignIn</name>
    <message>
        <location filename="../../ui/teen_entry.py" line="38"/>
        <source>Your own view of Guardian</source>
        <translation>Your own view of Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="42"/>
        <source>See what Guardian watches, everything your parent did that concerns you, and where to find help on your own. Your parent&apos;s passphrase is not needed: type your PIN.</source>
        <translation>See what Guardian watches, everything your parent did that concerns you, and where to find help on your own. Your parent&apos;s passphrase is not needed: type your PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="45"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="49"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="47"/>
        <source>Open my view</source>
        <translation>Open my view</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="48"/>
        <source>Open my view with this PIN</source>
        <translation>Open my view with this PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="51"/>
        <source>PIN message</source>
        <translation>PIN message</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="54"/>
        <source>Back to the lock screen</source>
        <translation>Back to the lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="63"/>
        <source>Profile %1, set up on %2</source>
        <translation>Profile %1, set up on %2</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="64"/>
        <source>Profile %1</source>
        <translation>Profile %1</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="68"/>
        <source>No teen profile has been set up yet.</source>
        <translation>No teen profile has been set up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="80"/>
        <source>That PIN is not right. Each attempt is recorded.</source>
        <translation>That PIN is not right. Each attempt is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="87"/>
        <source>No agreement has been signed for this profile yet. Ask your parent to sign it with you.</source>
        <translation>No agreement has been signed for this profile yet. Ask your parent to sign it with you.</translation>
    </message>
</context>
<context>
    <name>TeenSpace</name>
    <message>
        <location filename="../../ui/teen_entry.py" line="106"/>
        <source>Leave my view</source>
        <translation>Leave my view</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="107"/>
        <source>Leave my view and return to the lock screen</source>
        <translation>Leave my view and return to the lock screen</translation>
    </message>
</context>
<context>
    <name>TeenView</name>
    <message>
        <location filename="../../ui/teen_view.py" line="46"/>
        <source>What Guardian watches</source>
        <translation>What Guardian watches</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="49"/>
        <source>What was done, newest first</source>
        <translation>What was done, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="54"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="55"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="67"/>
        <source>Monitoring status</source>
        <translation>Monitoring status</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="70"/>
        <source>Propose a change…</source>
        <translation>Propose a change…</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="71"/>
        <source>Propose a change to the agreement</source>
        <translation>Propose a change to the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="91"/>
        <source>You can contact these yourself, without telling your parent. Guardian does not record that you looked here and never contacts them for you.</source>
        <translation>You can contact these yourself, without telling your parent. Guardian does not record that you looked here and never contacts them for you.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="95"/>
        <location filename="../../ui/teen_view.py" line="96"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="105"/>
        <source>The help list could not be read. In danger, call 112 (Europe) or 911 (North America).</source>
        <translation>The help list could not be read. In danger, call 112 (Europe) or 911 (North America).</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="133"/>
        <source>Monitoring has ended</source>
        <translation>Monitoring has ended</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="135"/>
        <source>Monitoring is paused</source>
        <translation>Monitoring is paused</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="137"/>
        <source>Monitoring is on</source>
        <translation>Monitoring is on</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="145"/>
        <source>Agreement version %1</source>
        <translation>Agreement version %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="53"/>
        <source>Open Guardian</source>
        <translation>Open Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="54"/>
        <source>Pause monitoring</source>
        <translation>Pause monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="55"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56"/>
        <source>Quit Guardian</source>
        <translation>Quit Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="70"/>
        <source>Guardian — monitoring ended</source>
        <translation>Guardian — monitoring ended</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="71"/>
        <source>Guardian — no family agreement signed yet</source>
        <translation>Guardian — no family agreement signed yet</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="54"/>
        <source>Resume monitoring</source>
        <translation>Resume monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="68"/>
        <source>Guardian — monitoring on</source>
        <translation>Guardian — monitoring on</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="69"/>
        <source>Guardian — monitoring paused</source>
        <translation>Guardian — monitoring paused</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Guardian is locked</source>
        <translation>Guardian is locked</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="82"/>
        <source>Enter the parent passphrase to see the alerts.</source>
        <translation>Enter the parent passphrase to see the alerts.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="85"/>
        <source>Parent passphrase</source>
        <translation>Parent passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Unlock Guardian</source>
        <translation>Unlock Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Unlock message</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Forgot the passphrase?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Forgot the passphrase? Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>I&apos;m the teen</source>
        <translation>I&apos;m the teen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>I&apos;m the teen: open my own view with my PIN</source>
        <translation>I&apos;m the teen: open my own view with my PIN</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="96"/>
        <source>What Guardian watches, what was done, and help: with your PIN</source>
        <translation>What Guardian watches, what was done, and help: with your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>That passphrase is not right. Each attempt is recorded.</source>
        <translation>That passphrase is not right. Each attempt is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="134"/>
        <source>The vault could not be opened. Your data has not been changed.</source>
        <translation>The vault could not be opened. Your data has not been changed.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="62"/>
        <source>Welcome to Guardian</source>
        <translation>Welcome to Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="67"/>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>Guardian reads the chat exports you and your teen download from apps such as TikTok, Instagram or WhatsApp, and looks for the known signs of grooming and sextortion: an adult asking for secrecy, photos, a meeting, or making threats.</source>
        <translation>Guardian reads the chat exports you and your teen download from apps such as TikTok, Instagram or WhatsApp, and looks for the known signs of grooming and sextortion: an adult asking for secrecy, photos, a meeting, or making threats.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>What Guardian does</source>
        <translation>What Guardian does</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>• Everything stays on this computer: nothing is sent anywhere, there is no account and no cloud.
• It reads only the exports you give it, when you give them.
• You see an alert only when a conversation shows these signs: why it was raised, and the few messages around it.</source>
        <translation>• Everything stays on this computer: nothing is sent anywhere, there is no account and no cloud.
• It reads only the exports you give it, when you give them.
• You see an alert only when a conversation shows these signs: why it was raised, and the few messages around it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86"/>
        <source>What Guardian does not do</source>
        <translation>What Guardian does not do</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>• It does not show you all of your teen&apos;s conversations, and does not read their phone.
• It does not look at photos or videos.
• It does nothing in secret: your teen sees the same rules, and every alert you open is recorded for them to see.</source>
        <translation>• It does not show you all of your teen&apos;s conversations, and does not read their phone.
• It does not look at photos or videos.
• It does nothing in secret: your teen sees the same rules, and every alert you open is recorded for them to see.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Not a concern</source>
        <translation>Not a concern</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Friendship</source>
        <translation>Friendship</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Checking the risk</source>
        <translation>Checking the risk</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Keeping it between them</source>
        <translation>Keeping it between them</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Sexual talk</source>
        <translation>Sexual talk</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Building a hold</source>
        <translation>Building a hold</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Pressure and threats</source>
        <translation>Pressure and threats</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Harassment</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Other app</source>
        <translation>Other app</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Monitoring on</source>
        <translation>Monitoring on</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Monitoring paused</source>
        <translation>Monitoring paused</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Monitoring ended</source>
        <translation>Monitoring ended</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>No agreement yet</source>
        <translation>No agreement yet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="122"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Your teen</source>
        <translation>Your teen</translation>
    </message>
</context>
</TS>
