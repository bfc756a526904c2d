<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsForm</name>
    <message>
        <location filename="../../ui/teens.py" line="73" />
        <source>Your teen's accounts, one per line</source>
        <translation>Les comptes de votre ado, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="74" />
        <source>for example:
@lea.dance
Léa Martin</source>
        <translation>par exemple :
@lea.dance
Léa Martin</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="76" />
        <source>These names are stored encrypted, like the alerts.</source>
        <translation>Ces noms sont enregistrés chiffrés, comme les alertes.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="159" />
        <source>Your teen's accounts</source>
        <translation>Les comptes de votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="160" />
        <source>The names and handles your teen uses in each app, so Guardian can tell their messages from the contact's. One per line.</source>
        <translation>Les noms et pseudos que votre ado utilise dans chaque appli, pour que Guardian distingue ses messages de ceux du contact. Un par ligne.</translation>
    </message>
</context>
<context>
    <name>AddTeenDialog</name>
    <message>
        <location filename="../../ui/teens.py" line="87" />
        <source>Add a teen</source>
        <translation>Ajouter un ado</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="90" />
        <source>Hand the keyboard to your teen</source>
        <translation>Passez le clavier à votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="93" />
        <source>Your teen's accounts</source>
        <translation>Les comptes de votre ado</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="116" />
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="145" />
        <source>What Guardian looks for</source>
        <translation>Ce que Guardian recherche</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="152" />
        <source>How closely: %1</source>
        <translation>Niveau d'attention : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="153" />
        <source>Less closely</source>
        <translation>Moins attentif</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="153" />
        <source>Normally</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="153" />
        <source>More closely</source>
        <translation>Plus attentif</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="158" />
        <source>Always watched: threats to share images and self-harm</source>
        <translation>Toujours surveillé : les menaces de diffuser des images et l'automutilation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="167" />
        <source>Which apps</source>
        <translation>Quelles applis</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="178" />
        <source>What the parent sees</source>
        <translation>Ce que voit le parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="180" />
        <source>Messages shown before and after a flagged one</source>
        <translation>Messages montrés avant et après un message signalé</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="181" />
        <source>Messages around a flagged one</source>
        <translation>Messages autour d'un message signalé</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="182" />
        <source>Hide the names and numbers of other people in the chat</source>
        <translation>Masquer les noms et numéros des autres personnes de la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="188" />
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="191" />
        <source>One name or handle per line. Their messages do not cause alerts, except threats to share images and talk of self-harm. The teen proposes, the parent approves.</source>
        <translation>Un nom ou un pseudo par ligne. Leurs messages ne déclenchent pas d'alerte, sauf les menaces de diffuser des images et les propos d'automutilation. L'ado propose, le parent approuve.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="194" />
        <source>Trusted contacts, one per line</source>
        <translation>Contacts de confiance, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="200" />
        <source>Time and notifications</source>
        <translation>Durée et notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="202" />
        <source>Days alerts are kept</source>
        <translation>Jours de conservation des alertes</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="203" />
        <source>Delete alerts after (days)</source>
        <translation>Supprimer les alertes après (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="205" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="206" />
        <source>For each alert</source>
        <translation>Pour chaque alerte</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="206" />
        <source>Only for the most serious alerts</source>
        <translation>Seulement pour les alertes les plus graves</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="206" />
        <source>No notifications</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="210" />
        <source>Notify the parent</source>
        <translation>Prévenir le parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="211" />
        <source>Age when Guardian starts watching less</source>
        <translation>Âge à partir duquel Guardian surveille moins</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="212" />
        <source>Watch less from age</source>
        <translation>Surveiller moins à partir de</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="213" />
        <source>Age when monitoring stops</source>
        <translation>Âge auquel la surveillance s'arrête</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="214" />
        <source>Stop monitoring at age</source>
        <translation>Arrêter la surveillance à</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="215" />
        <source>Pause monitoring (your teen sees it)</source>
        <translation>Mettre la surveillance en pause (votre ado le voit)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="230" />
        <source>Waiting for approval</source>
        <translation>En attente d'approbation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="235" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="236" />
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="250" />
        <source>What this change does</source>
        <translation>Ce que fait ce changement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="253" />
        <source>Teen's PIN</source>
        <translation>Code PIN de l'ado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="256" />
        <source>Teen's PIN, typed by the teen</source>
        <translation>Code PIN de l'ado, tapé par l'ado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="268" />
        <source>Save a printable copy…</source>
        <translation>Enregistrer une copie imprimable…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="270" />
        <location filename="../../ui/agreement_dialog.py" line="394" />
        <source>Sign and save</source>
        <translation>Signer et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="273" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="310" />
        <source>Version %1 of the agreement.</source>
        <translation>Version %1 de l'accord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="320" />
        <source>Proposed change: %1. Trusted contacts would be: %2.</source>
        <translation>Changement proposé : %1. Les contacts de confiance seraient : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="354" />
        <source>This change is not possible: the agreement would break one of its rules (for example a contact listed twice, or a stage age after the end of monitoring).</source>
        <translation>Ce changement n'est pas possible : l'accord enfreindrait l'une de ses règles (par exemple un contact indiqué deux fois, ou un âge d'étape après la fin de la surveillance).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="363" />
        <source>Nothing changed yet.</source>
        <translation>Rien n'a encore changé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="369" />
        <source>This change lets you see more (%1). Your teen must agree: hand them the keyboard so they type their PIN below.</source>
        <translation>Ce changement vous permet d'en voir plus (%1). Votre ado doit être d'accord : passez-lui le clavier pour qu'il ou elle tape son code PIN ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="371" />
        <source>This change gives your teen more privacy. Your signature is enough; your teen will see it in their log.</source>
        <translation>Ce changement donne plus d'intimité à votre ado. Votre signature suffit ; votre ado le verra dans son registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="374" />
        <source>Your parent must approve this change. It will wait for them; you will see it in your log.</source>
        <translation>Ton parent doit approuver ce changement. Il attendra son accord ; tu le verras dans ton registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="377" />
        <source>This change lets your parent see more (%1). Saving it with your PIN means you agree.</source>
        <translation>Ce changement permet à ton parent d'en voir plus (%1). L'enregistrer avec ton code PIN veut dire que tu es d'accord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="379" />
        <source>This change gives you more privacy. Your signature is enough; your parent will see it in the log.</source>
        <translation>Ce changement te donne plus d'intimité. Ta signature suffit ; ton parent le verra dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="392" />
        <source>Send to my parent</source>
        <translation>Envoyer à mon parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="406" />
        <source>Saved, signed by you and your teen.</source>
        <translation>Enregistré, signé par vous et votre ado.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="408" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="410" />
        <source>Sent. It will count once your parent approves it.</source>
        <translation>Envoyé. Il comptera une fois approuvé par ton parent.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="413" />
        <source>That PIN is not right. Nothing was saved.</source>
        <translation>Ce code PIN n'est pas le bon. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="416" />
        <source>The agreement changed meanwhile. Nothing was saved; it has been reloaded.</source>
        <translation>L'accord a changé entre-temps. Rien n'a été enregistré ; il a été rechargé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="423" />
        <source>Approved and saved.</source>
        <translation>Approuvé et enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="428" />
        <source>Declined. Your teen will see it in their log.</source>
        <translation>Refusé. Votre ado le verra dans son registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="436" />
        <source>family-agreement.pdf</source>
        <translation>accord-familial.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="437" />
        <source>Save a printable copy</source>
        <translation>Enregistrer une copie imprimable</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="443" />
        <source>Saved a printable copy: %1</source>
        <translation>Copie imprimable enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/inbox_model.py" line="44" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="45" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="46" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="49" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="47" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="48" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <location filename="../../ui/alert_view.py" line="113" />
        <source>Selected alert</source>
        <translation>Alerte sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="126" />
        <source>Select an alert to see why it was raised.</source>
        <translation>Sélectionnez une alerte pour voir pourquoi elle a été levée.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="158" />
        <source>Why this alert</source>
        <translation>Pourquoi cette alerte</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="161" />
        <source>What was said</source>
        <translation>Ce qui a été écrit</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="167" />
        <source>Flagged messages and their context</source>
        <translation>Messages signalés et leur contexte</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="169" />
        <source>Highlighted: the words that matched. Other lines are the agreed context.</source>
        <translation>Surlignés : les mots repérés. Les autres lignes sont le contexte convenu.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="173" />
        <source>How the conversation developed</source>
        <translation>Comment la conversation a évolué</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="176" />
        <source>The same contact elsewhere</source>
        <translation>Le même contact ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="180" />
        <source>Signs found</source>
        <translation>Signes repérés</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="184" />
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="186" />
        <source>Talk with your teen calmly: they are not in trouble. Keep the messages; do not reply to the contact in their place. If there are threats or requests for photos, get help now.</source>
        <translation>Parlez calmement avec votre ado : il ou elle n'a rien fait de mal. Gardez les messages ; ne répondez pas au contact à sa place. En cas de menaces ou de demandes de photos, faites-vous aider dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="191" />
        <source>Mark reviewed</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="191" />
        <source>Mark this alert as reviewed</source>
        <translation>Marquer cette alerte comme vue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="192" />
        <source>Not a concern</source>
        <translation>Pas inquiétant</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="193" />
        <source>Mark this alert as not a concern; Guardian keeps a local note</source>
        <translation>Marquer cette alerte comme pas inquiétante ; Guardian garde une note sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="194" />
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="194" />
        <source>Export the evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="195" />
        <source>Save the whole conversation with this contact as a PDF and a JSON file, with fingerprints, for the police or a helpline. Your teen will see that you did.</source>
        <translation>Enregistrer toute la conversation avec ce contact en PDF et en JSON, avec des empreintes, pour la police ou une ligne d'écoute. Votre ado verra que vous l'avez fait.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="198" />
        <source>Get help</source>
        <translation>Trouver de l'aide</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="198" />
        <source>Who can help, and how</source>
        <translation>Qui peut aider, et comment</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="237" />
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="239" />
        <source>%1 · conversation “%2” · %3</source>
        <translation>%1 · conversation « %2 » · %3</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="243" />
        <source>This alert's record could not be read.</source>
        <translation>L'enregistrement de cette alerte n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="266" />
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="274" />
        <source>%1 on %2 (contact %3)</source>
        <translation>%1 sur %2 (contact %3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <location filename="../../ui/inbox.py" line="102" />
        <location filename="../../ui/inbox.py" line="143" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="104" />
        <source>Any time</source>
        <translation>N'importe quand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="105" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="106" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="107" />
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="122" />
        <source>Choose dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="130" />
        <location filename="../../ui/inbox.py" line="132" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="131" />
        <location filename="../../ui/inbox.py" line="133" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="147" />
        <source>Date: %1 – %2</source>
        <translation>Date : %1 – %2</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ui/sources.py" line="68" />
        <source>Add exports</source>
        <translation>Ajouter des exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="72" />
        <source>Drop your teen's exports here (zip files, folders or files), or choose them.</source>
        <translation>Déposez ici les exports de votre ado (fichiers zip, dossiers ou fichiers), ou choisissez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="74" />
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="75" />
        <source>Choose export files or zips</source>
        <translation>Choisir des fichiers d'export ou des zip</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="76" />
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="77" />
        <source>Choose an unzipped export folder</source>
        <translation>Choisir un dossier d'export décompressé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="97" />
        <source>Choose exports</source>
        <translation>Choisir des exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="97" />
        <source>Exports (%1)</source>
        <translation>Exports (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="102" />
        <source>Choose an export folder</source>
        <translation>Choisir un dossier d'export</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../../ui/help.py" line="50" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="58" />
        <source>You can stay anonymous.</source>
        <translation>Vous pouvez rester anonyme.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="60" />
        <source>Not anonymous.</source>
        <translation>Pas anonyme.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="170" />
        <source>The first exports</source>
        <translation>Les premiers exports</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="171" />
        <source>Add the data exports downloaded from your teen's apps. You can also do this later.</source>
        <translation>Ajoutez les exports de données téléchargés depuis les applis de votre ado. Vous pouvez aussi le faire plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="178" />
        <source>Exports to read</source>
        <translation>Exports à lire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="180" />
        <source>How to download the data</source>
        <translation>Comment télécharger les données</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182" />
        <source>TikTok: Settings › Account › Download your data › JSON.
Instagram: Settings › Your activity › Download your information › Messages, format JSON.
WhatsApp: open the chat › ⋮ › More › Export chat › Without media.
Snapchat: Settings › My Data › Submit request; the zip arrives by e-mail.
Discord and Telegram: request the data package, or export the chat from the desktop app.</source>
        <translation>TikTok : Paramètres › Compte › Télécharger vos données › JSON.
Instagram : Paramètres › Votre activité › Télécharger vos informations › Messages, format JSON.
WhatsApp : ouvrir la discussion › ⋮ › Plus › Exporter la discussion › Sans médias.
Snapchat : Paramètres › Mes données › Envoyer la demande ; le zip arrive par e-mail.
Discord et Telegram : demander le paquet de données, ou exporter la discussion depuis l'appli pour ordinateur.</translation>
    </message>
</context>
<context>
    <name>Guardian</name>
    <message>
        <location filename="../../ui/app.py" line="240" />
        <source>The scan stopped because of an error in Guardian. Nothing was lost; please try again.</source>
        <translation>L'analyse s'est arrêtée à cause d'une erreur dans Guardian. Rien n'a été perdu ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="245" />
        <source>Scan cancelled. Alerts found before the cancel are not kept; run it again at any time.</source>
        <translation>Analyse annulée. Les alertes trouvées avant l'annulation ne sont pas gardées ; relancez-la quand vous voulez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="246" />
        <source>Scan finished: %n new alert(s).</source>
        <translation><numerusform>Analyse terminée : %n nouvelle alerte.</numerusform><numerusform>Analyse terminée : %n nouvelles alertes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="248" />
        <source>%n export(s) had already been read.</source>
        <translation><numerusform>%n export avait déjà été lu.</numerusform><numerusform>%n exports avaient déjà été lus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="250" />
        <source>%n file(s) could not be read: see Sources.</source>
        <translation><numerusform>%n fichier n'a pas pu être lu : voir Sources.</numerusform><numerusform>%n fichiers n'ont pas pu être lus : voir Sources.</numerusform></translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../../ui/help.py" line="153" />
        <source>Avoid:</source>
        <translation>À éviter :</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/help.py" line="79" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="87" />
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="89" />
        <location filename="../../ui/help.py" line="90" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="94" />
        <source>Guardian never contacts these services: the numbers and addresses are for you to use.</source>
        <translation>Guardian ne contacte jamais ces services : les numéros et adresses sont là pour vous.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="110" />
        <source>Another country (international services)</source>
        <translation>Autre pays (services internationaux)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="120" />
        <source>The help directory could not be read. In an emergency, call 112 (Europe) or 911 (North America).</source>
        <translation>L'annuaire d'aide n'a pas pu être lu. En cas d'urgence, appelez le 112 (Europe) ou le 911 (Amérique du Nord).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="124" />
        <source>For this alert: %1.</source>
        <translation>Pour cette alerte : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="126" />
        <source>What to do, whatever happened:</source>
        <translation>Que faire, quoi qu'il se soit passé :</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox.py" line="178" />
        <source>Search contacts and messages</source>
        <translation>Rechercher des contacts et des messages</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="179" />
        <source>Search alerts</source>
        <translation>Rechercher dans les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="188" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="225" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="226" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="227" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="228" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="232" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="233" />
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="289" />
        <source>No alert matches these filters.</source>
        <translation>Aucune alerte ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="296" />
        <source>No alerts. No export has been read yet: add one in Sources.</source>
        <translation>Aucune alerte. Aucun export n'a encore été lu : ajoutez-en un dans Sources.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox.py" line="299" />
        <source>%n export(s) (%1)</source>
        <translation><numerusform>%n export (%1)</numerusform><numerusform>%n exports (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inbox.py" line="300" />
        <source>No alerts. Guardian read %n message(s) from %1.</source>
        <translation><numerusform>Aucune alerte. Guardian a lu %n message dans %1.</numerusform><numerusform>Aucune alerte. Guardian a lu %n messages dans %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="303" />
        <source>Period: %1 to %2.</source>
        <translation>Période : du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="311" />
        <source>Where to save the evidence dossier</source>
        <translation>Où enregistrer le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="320" />
        <source>The evidence could not be saved: %1</source>
        <translation>Le dossier de preuves n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="323" />
        <source>The evidence could not be saved: the folder cannot be written to.</source>
        <translation>Le dossier de preuves n'a pas pu être enregistré : impossible d'écrire dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="328" />
        <source>Evidence saved in %1: %2. Fingerprint (SHA-256): %3</source>
        <translation>Preuves enregistrées dans %1 : %2. Empreinte (SHA-256) : %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>The family agreement you and your teen signed will be shown and changed here. This screen is coming in a later version of Guardian.</source>
        <translation>L'accord familial signé avec votre ado sera affiché et modifiable ici. Cet écran arrive dans une prochaine version de Guardian.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>All teens</source>
        <translation>Tous les ados</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="199" />
        <source>Watching and notifications</source>
        <translation>Surveillance du dossier et notifications</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="200" />
        <source>Both are optional and can be changed later.</source>
        <translation>Les deux sont facultatifs et modifiables plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="204" />
        <source>Guardian can watch one folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian peut surveiller un dossier, comme Téléchargements, et lire les nouveaux exports qui y sont enregistrés pendant qu'il tourne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="206" />
        <source>No folder is watched.</source>
        <translation>Aucun dossier n'est surveillé.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="207" />
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="208" />
        <source>Choose the watched folder</source>
        <translation>Choisir le dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="213" />
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Me prévenir d'une nouvelle alerte (la notification ne montre jamais aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="216" />
        <source>Desktop notifications for new alerts</source>
        <translation>Notifications de bureau pour les nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="222" />
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Teen shown</source>
        <translation>Ado affiché</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Whose alerts to show</source>
        <translation>De quel ado afficher les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <location filename="../../ui/main_window.py" line="192" />
        <location filename="../../ui/main_window.py" line="195" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Pause or resume monitoring</source>
        <translation>Mettre en pause ou reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Lock Guardian</source>
        <translation>Verrouiller Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <location filename="../../ui/main_window.py" line="199" />
        <source>Monitoring paused</source>
        <translation>Surveillance en pause</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <location filename="../../ui/main_window.py" line="201" />
        <source>Resume monitoring</source>
        <translation>Reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <location filename="../../ui/main_window.py" line="192" />
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="195" />
        <source>Alerts, %n unread</source>
        <translation><numerusform>Alertes, %n non lue</numerusform><numerusform>Alertes, %n non lues</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Monitoring on</source>
        <translation>Surveillance active</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Pause monitoring</source>
        <translation>Mettre en pause</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="128" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="131" />
        <location filename="../../ui/overview.py" line="133" />
        <source>Alerts per week</source>
        <translation>Alertes par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="137" />
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="138" />
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="140" />
        <source>Alerts by category</source>
        <translation>Alertes par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="142" />
        <source>Alerts by platform</source>
        <translation>Alertes par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="148" />
        <source>What was scanned</source>
        <translation>Ce qui a été analysé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview.py" line="163" />
        <source>%n alert(s) in total.</source>
        <translation><numerusform>%n alerte en tout.</numerusform><numerusform>%n alertes en tout.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="172" />
        <source>Nothing has been scanned yet.</source>
        <translation>Rien n'a encore été analysé.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="26" />
        <location filename="../../ui/passphrase.py" line="35" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="29" />
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="33" />
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="36" />
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="37" />
        <source>Strength</source>
        <translation>Solidité</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="51" />
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="52" />
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="53" />
        <source>Fair</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="54" />
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="55" />
        <source>Very strong</source>
        <translation>Très solide</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="65" />
        <source>For example: four words that make a picture only you would imagine.</source>
        <translation>Par exemple : quatre mots qui forment une image que vous seul imagineriez.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="67" />
        <source>add words to make it longer.</source>
        <translation>ajoutez des mots pour l'allonger.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69" />
        <source>type it again below.</source>
        <translation>tapez-la une seconde fois ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="71" />
        <source>good.</source>
        <translation>c'est bon.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="90" />
        <source>Your parent passphrase</source>
        <translation>Votre phrase secrète de parent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="91" />
        <source>It locks the alerts. Choose a few words only you know: long beats complicated.</source>
        <translation>Elle verrouille les alertes. Choisissez quelques mots que vous seul connaissez : mieux vaut long que compliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="93" />
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="134" />
        <source>Use the recovery code</source>
        <translation>Utiliser le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138" />
        <source>Type the recovery code you wrote down when you set up Guardian, then choose a new passphrase. The alerts stay as they are.</source>
        <translation>Saisissez le code de secours noté lors de la configuration de Guardian, puis choisissez une nouvelle phrase secrète. Les alertes restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142" />
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167" />
        <source>That recovery code is not right. Each attempt is recorded.</source>
        <translation>Ce code de secours n'est pas le bon. Chaque tentative est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="171" />
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation><numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform><numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="111" />
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="112" />
        <source>If you forget the passphrase, this code is the only way back in. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez la phrase secrète, ce code est le seul moyen de rentrer. Notez-le ou imprimez-le, et rangez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122" />
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="124" />
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="125" />
        <source>Copy the recovery code</source>
        <translation>Copier le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="128" />
        <source>I have written down or printed this code</source>
        <translation>J'ai noté ou imprimé ce code</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <location filename="../../ui/main_window.py" line="101" />
        <source>Reading the exports…</source>
        <translation>Lecture des exports…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Scan progress</source>
        <translation>Avancement de l'analyse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Cancel the scan</source>
        <translation>Annuler l'analyse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="107" />
        <source>%n message(s) read</source>
        <translation><numerusform>%n message lu</numerusform><numerusform>%n messages lus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="109" />
        <source>%n alert(s)</source>
        <translation><numerusform>%n alerte</numerusform><numerusform>%n alertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="111" />
        <source>about %n second(s) left</source>
        <translation><numerusform>encore %n seconde environ</numerusform><numerusform>encore %n secondes environ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="112" />
        <source>about %n minute(s) left</source>
        <translation><numerusform>encore %n minute environ</numerusform><numerusform>encore %n minutes environ</numerusform></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="240" />
        <source>Set up Guardian</source>
        <translation>Configurer Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="257" />
        <source>Start Guardian</source>
        <translation>Démarrer Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="266" />
        <source>A vault already exists in this folder.</source>
        <translation>Un coffre existe déjà dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <location filename="../../ui/sources.py" line="44" />
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="46" />
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="47" />
        <source>%n message(s) · %1 · read on %2</source>
        <translation><numerusform>%n message · %1 · lu le %2</numerusform><numerusform>%n messages · %1 · lus le %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="50" />
        <source>scan not finished</source>
        <translation>analyse non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="54" />
        <source>This export type never contains:</source>
        <translation>Ce type d'export ne contient jamais :</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="56" />
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../ui/sources.py" line="127" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="129" />
        <source>New exports belong to</source>
        <translation>Les nouveaux exports sont ceux de</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="132" />
        <source>Teen the new exports belong to</source>
        <translation>Ado à qui appartiennent les nouveaux exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="141" />
        <location filename="../../ui/sources.py" line="147" />
        <source>Watched folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="143" />
        <source>Guardian can watch a folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian peut surveiller un dossier, comme Téléchargements, et lire les nouveaux exports qui y sont enregistrés pendant qu'il tourne.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="148" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="149" />
        <source>Choose the watched folder</source>
        <translation>Choisir le dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="151" />
        <source>Stop watching</source>
        <translation>Ne plus surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="152" />
        <source>Stop watching the folder</source>
        <translation>Ne plus surveiller le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="159" />
        <location filename="../../ui/sources.py" line="161" />
        <source>Files the last scan could not read</source>
        <translation>Fichiers que la dernière analyse n'a pas pu lire</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="164" />
        <source>Imported exports</source>
        <translation>Exports importés</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="179" />
        <location filename="../../ui/sources.py" line="181" />
        <source>Teens</source>
        <translation>Ados</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="183" />
        <source>Add a teen…</source>
        <translation>Ajouter un ado…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="184" />
        <source>Add a teen to this family</source>
        <translation>Ajouter un ado à cette famille</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="192" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="193" />
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Me prévenir d'une nouvelle alerte (la notification ne montre jamais aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="195" />
        <source>Desktop notifications for new alerts</source>
        <translation>Notifications de bureau pour les nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="200" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="201" />
        <source>Minutes without use before Guardian locks itself</source>
        <translation>Minutes sans utilisation avant que Guardian se verrouille</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="202" />
        <source>Lock Guardian after this long without use</source>
        <translation>Verrouiller Guardian après cette durée sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="227" />
        <source>No folder is watched.</source>
        <translation>Aucun dossier n'est surveillé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="231" />
        <source>%1 — %n account(s)</source>
        <translation><numerusform>%1 — %n compte</numerusform><numerusform>%1 — %n comptes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="260" />
        <source>No export has been read yet.</source>
        <translation>Aucun export n'a encore été lu.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="265" />
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
</context>
<context>
    <name>TeenForm</name>
    <message>
        <location filename="../../ui/teens.py" line="34" />
        <source>Our agreement, in plain words:
• Guardian reads the exports of your chats that we download together, on this computer only.
• Your parent sees an alert only when a conversation shows signs of grooming, sextortion, harassment or self-harm: the reason and the few messages around it, nothing else.
• Every alert your parent opens is recorded, and you can see that record with your PIN.
• You can always get help on your own, without going through your parent first.</source>
        <translation>Notre accord, en mots simples :
• Guardian lit les exports de tes conversations que nous téléchargeons ensemble, sur cet ordinateur uniquement.
• Ton parent voit une alerte seulement quand une conversation montre des signes de pédopiégeage, de sextorsion, de harcèlement ou d'automutilation : la raison et les quelques messages autour, rien d'autre.
• Chaque alerte que ton parent ouvre est enregistrée, et tu peux voir ce registre avec ton code PIN.
• Tu peux toujours demander de l'aide toi-même, sans passer d'abord par ton parent.</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="42" />
        <location filename="../../ui/teens.py" line="49" />
        <source>Your first name</source>
        <translation>Ton prénom</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="45" />
        <source>Your PIN</source>
        <translation>Ton code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="48" />
        <source>Your PIN again</source>
        <translation>Ton code PIN, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="50" />
        <source>Your PIN (4 or more)</source>
        <translation>Ton code PIN (4 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="51" />
        <source>PIN again</source>
        <translation>Code PIN, à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="53" />
        <source>We read this together and we both agree</source>
        <translation>Nous avons lu ceci ensemble et nous sommes d'accord tous les deux</translation>
    </message>
</context>
<context>
    <name>TeenPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="144" />
        <source>Hand the keyboard to your teen</source>
        <translation>Passez le clavier à votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="145" />
        <source>Read this together. Then your teen chooses a PIN for their own view of Guardian.</source>
        <translation>Lisez ceci ensemble. Ensuite, votre ado choisit un code PIN pour son propre accès à Guardian.</translation>
    </message>
</context>
<context>
    <name>TeenView</name>
    <message>
        <location filename="../../ui/teen_view.py" line="54" />
        <source>What Guardian watches</source>
        <translation>Ce que Guardian surveille</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="56" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="56" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="56" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="57" />
        <source>What was done, newest first</source>
        <translation>Ce qui a été fait, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="62" />
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="63" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="75" />
        <source>Monitoring status</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="78" />
        <source>Propose a change…</source>
        <translation>Proposer un changement…</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="79" />
        <source>Propose a change to the agreement</source>
        <translation>Proposer un changement à l'accord</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="99" />
        <source>You can contact these yourself, without telling your parent. Guardian does not record that you looked here and never contacts them for you.</source>
        <translation>Tu peux les contacter toi-même, sans prévenir ton parent. Guardian n'enregistre pas que tu as regardé ici et ne les contacte jamais à ta place.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="103" />
        <location filename="../../ui/teen_view.py" line="104" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="113" />
        <source>The help list could not be read. In danger, call 112 (Europe) or 911 (North America).</source>
        <translation>La liste d'aide n'a pas pu être lue. En cas de danger, appelle le 112 (Europe) ou le 911 (Amérique du Nord).</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="141" />
        <source>Monitoring has ended</source>
        <translation>La surveillance est terminée</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="143" />
        <source>Monitoring is paused</source>
        <translation>La surveillance est en pause</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="145" />
        <source>Monitoring is on</source>
        <translation>La surveillance est active</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="153" />
        <source>Agreement version %1</source>
        <translation>Version %1 de l'accord</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="50" />
        <source>Open Guardian</source>
        <translation>Ouvrir Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="51" />
        <source>Pause monitoring</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="52" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="53" />
        <source>Quit Guardian</source>
        <translation>Quitter Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="51" />
        <source>Resume monitoring</source>
        <translation>Reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56" />
        <source>Guardian — monitoring on</source>
        <translation>Guardian — surveillance active</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56" />
        <source>Guardian — monitoring paused</source>
        <translation>Guardian — surveillance en pause</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="48" />
        <source>Guardian is locked</source>
        <translation>Guardian est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51" />
        <source>Enter the parent passphrase to see the alerts.</source>
        <translation>Saisissez la phrase secrète de parent pour voir les alertes.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="55" />
        <location filename="../../ui/unlock.py" line="56" />
        <source>Parent passphrase</source>
        <translation>Phrase secrète de parent</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="58" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59" />
        <source>Unlock Guardian</source>
        <translation>Déverrouiller Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66" />
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="69" />
        <source>Forgot the passphrase?</source>
        <translation>Phrase secrète oubliée ?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71" />
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète oubliée ? Utiliser le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90" />
        <source>That passphrase is not right. Each attempt is recorded.</source>
        <translation>Cette phrase secrète n'est pas la bonne. Chaque tentative est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="97" />
        <source>The vault could not be opened. Your data has not been changed.</source>
        <translation>Le coffre n'a pas pu être ouvert. Vos données n'ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="120" />
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="125" />
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation><numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform><numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="53" />
        <source>Welcome to Guardian</source>
        <translation>Bienvenue dans Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="58" />
        <location filename="../../ui/wizard.py" line="63" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="68" />
        <source>Guardian reads the chat exports you and your teen download from apps such as TikTok, Instagram or WhatsApp, and looks for the known signs of grooming and sextortion: an adult asking for secrecy, photos, a meeting, or making threats.</source>
        <translation>Guardian lit les exports de conversations que votre ado et vous téléchargez depuis des applis comme TikTok, Instagram ou WhatsApp, et y cherche les signes connus de pédopiégeage et de sextorsion : un adulte qui demande le secret, des photos, un rendez-vous, ou qui menace.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>What Guardian does</source>
        <translation>Ce que fait Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73" />
        <source>• Everything stays on this computer: nothing is sent anywhere, there is no account and no cloud.
• It reads only the exports you give it, when you give them.
• You see an alert only when a conversation shows these signs: why it was raised, and the few messages around it.</source>
        <translation>• Tout reste sur cet ordinateur : rien n'est envoyé nulle part, il n'y a ni compte ni cloud.
• Il lit seulement les exports que vous lui donnez, quand vous les donnez.
• Vous voyez une alerte seulement quand une conversation montre ces signes : pourquoi elle a été levée, et les quelques messages autour.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77" />
        <source>What Guardian does not do</source>
        <translation>Ce que Guardian ne fait pas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="79" />
        <source>• It does not show you all of your teen's conversations, and does not read their phone.
• It does not look at photos or videos.
• It does nothing in secret: your teen sees the same rules, and every alert you open is recorded for them to see.</source>
        <translation>• Il ne vous montre pas toutes les conversations de votre ado et ne lit pas son téléphone.
• Il ne regarde ni les photos ni les vidéos.
• Il ne fait rien en secret : votre ado voit les mêmes règles, et chaque alerte que vous ouvrez est enregistrée pour qu'il ou elle le voie.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="13" />
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15" />
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18" />
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19" />
        <source>Reviewed</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20" />
        <source>Not a concern</source>
        <translation>Pas inquiétant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23" />
        <source>Friendship</source>
        <translation>Amitié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24" />
        <source>Checking the risk</source>
        <translation>Évaluation du risque</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25" />
        <source>Keeping it between them</source>
        <translation>Mise à l'écart</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26" />
        <source>Sexual talk</source>
        <translation>Propos sexuels</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27" />
        <source>Building a hold</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28" />
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29" />
        <source>Pressure and threats</source>
        <translation>Pressions et menaces</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30" />
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31" />
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39" />
        <source>Other app</source>
        <translation>Autre appli</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103" />
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107" />
        <source>today %1</source>
        <translation>aujourd'hui %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109" />
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="111" />
        <source>%n day(s) ago</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118" />
        <source>Your teen</source>
        <translation>Votre ado</translation>
    </message>
</context>
</TS>
