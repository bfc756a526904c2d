<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsForm</name>
    <message>
        <location filename="../../ui/teens.py" line="132"/>
        <source>Your teen&apos;s accounts, one per line</source>
        <translation>Les comptes de votre ado, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="133"/>
        <source>for example:
@lea.dance
Léa Martin</source>
        <translation>par exemple :
@lea.dance
Léa Martin</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="135"/>
        <source>These names are stored encrypted, like the alerts.</source>
        <translation>Ces noms sont enregistrés chiffrés, comme les alertes.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>Your teen&apos;s accounts</source>
        <translation>Les comptes de votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="169"/>
        <source>The names and handles your teen uses in each app, so Guardian can tell their messages from the contact&apos;s. One per line.</source>
        <translation>Les noms et pseudos que votre ado utilise dans chaque appli, pour que Guardian distingue ses messages de ceux du contact. Un par ligne.</translation>
    </message>
</context>
<context>
    <name>AddTeenDialog</name>
    <message>
        <location filename="../../ui/teens.py" line="146"/>
        <source>Add a teen</source>
        <translation>Ajouter un ado</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="149"/>
        <source>Hand the keyboard to your teen</source>
        <translation>Passez le clavier à votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="152"/>
        <source>Your teen&apos;s accounts</source>
        <translation>Les comptes de votre ado</translation>
    </message>
</context>
<context>
    <name>AgreementCard</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="65"/>
        <source>No agreement has been signed with %1 yet. Read it together and sign it: until then %1 cannot open their own view.</source>
        <translation>Aucun accord n&apos;a encore été signé avec %1. Lisez-le ensemble et signez-le : d&apos;ici là, %1 ne peut pas ouvrir son propre espace.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="67"/>
        <source>Sign the agreement together…</source>
        <translation>Signer l&apos;accord ensemble…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="68"/>
        <source>Sign the agreement with %1</source>
        <translation>Signer l&apos;accord avec %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="77"/>
        <source>Monitoring status</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="83"/>
        <source>Version %1, in the words %2 reads in their own view:</source>
        <translation>Version %1, avec les mots que %2 lit dans son propre espace :</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="93"/>
        <source>Review %1&apos;s proposal…</source>
        <translation>Examiner la proposition de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="94"/>
        <source>Change the agreement…</source>
        <translation>Modifier l&apos;accord…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="95"/>
        <source>Change or approve the agreement with %1</source>
        <translation>Modifier ou accepter l&apos;accord avec %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="100"/>
        <source>Language of the printable copy</source>
        <translation>Langue de la copie à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="104"/>
        <source>Save a printable copy…</source>
        <translation>Enregistrer une copie imprimable…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="105"/>
        <source>Save a printable copy of %1&apos;s agreement</source>
        <translation>Enregistrer une copie à imprimer de l&apos;accord de %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="112"/>
        <source>family-agreement.pdf</source>
        <translation>accord-familial.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="113"/>
        <source>Save a printable copy</source>
        <translation>Enregistrer une copie imprimable</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="109"/>
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="134"/>
        <source>What Guardian looks for</source>
        <translation>Ce que Guardian recherche</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="141"/>
        <source>How closely: %1</source>
        <translation>Niveau d&apos;attention : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>Less closely</source>
        <translation>Moins attentif</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>Normally</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="142"/>
        <source>More closely</source>
        <translation>Plus attentif</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="147"/>
        <source>Always watched: threats to share images and self-harm</source>
        <translation>Toujours surveillé : les menaces de diffuser des images et l&apos;automutilation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="156"/>
        <source>Which apps</source>
        <translation>Quelles applis</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="167"/>
        <source>What the parent sees</source>
        <translation>Ce que voit le parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="169"/>
        <source>Messages shown before and after a flagged one</source>
        <translation>Messages montrés avant et après un message signalé</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="170"/>
        <source>Messages around a flagged one</source>
        <translation>Messages autour d&apos;un message signalé</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="171"/>
        <source>Hide the names and numbers of other people in the chat</source>
        <translation>Masquer les noms et numéros des autres personnes de la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="177"/>
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="180"/>
        <source>One name or handle per line. Their messages do not cause alerts, except threats to share images and talk of self-harm. The teen proposes, the parent approves.</source>
        <translation>Un nom ou un pseudo par ligne. Leurs messages ne déclenchent pas d&apos;alerte, sauf les menaces de diffuser des images et les propos d&apos;automutilation. L&apos;ado propose, le parent approuve.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="183"/>
        <source>Trusted contacts, one per line</source>
        <translation>Contacts de confiance, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="189"/>
        <source>Time and notifications</source>
        <translation>Durée et notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="191"/>
        <source>Days alerts are kept</source>
        <translation>Jours de conservation des alertes</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="192"/>
        <source>Delete alerts after (days)</source>
        <translation>Supprimer les alertes après (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="194"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>For each alert</source>
        <translation>Pour chaque alerte</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>Only for the most serious alerts</source>
        <translation>Seulement pour les alertes les plus graves</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="195"/>
        <source>No notifications</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="199"/>
        <source>Notify the parent</source>
        <translation>Prévenir le parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="200"/>
        <source>Age when Guardian starts watching less</source>
        <translation>Âge à partir duquel Guardian surveille moins</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="201"/>
        <source>Watch less from age</source>
        <translation>Surveiller moins à partir de</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="202"/>
        <source>Age when monitoring stops</source>
        <translation>Âge auquel la surveillance s&apos;arrête</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="203"/>
        <source>Stop monitoring at age</source>
        <translation>Arrêter la surveillance à</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="204"/>
        <source>Pause monitoring (your teen sees it)</source>
        <translation>Mettre la surveillance en pause (votre ado le voit)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="219"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="224"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="225"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="239"/>
        <source>What this change does</source>
        <translation>Ce que fait ce changement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="242"/>
        <source>Teen&apos;s PIN</source>
        <translation>Code PIN de l&apos;ado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="245"/>
        <source>Teen&apos;s PIN, typed by the teen</source>
        <translation>Code PIN de l&apos;ado, tapé par l&apos;ado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="257"/>
        <source>Save a printable copy…</source>
        <translation>Enregistrer une copie imprimable…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="259"/>
        <location filename="../../ui/agreement_dialog.py" line="383"/>
        <source>Sign and save</source>
        <translation>Signer et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="262"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="299"/>
        <source>Version %1 of the agreement.</source>
        <translation>Version %1 de l&apos;accord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="309"/>
        <source>Proposed change: %1. Trusted contacts would be: %2.</source>
        <translation>Changement proposé : %1. Les contacts de confiance seraient : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="343"/>
        <source>This change is not possible: the agreement would break one of its rules (for example a contact listed twice, or a stage age after the end of monitoring).</source>
        <translation>Ce changement n&apos;est pas possible : l&apos;accord enfreindrait l&apos;une de ses règles (par exemple un contact indiqué deux fois, ou un âge d&apos;étape après la fin de la surveillance).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="352"/>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="358"/>
        <source>This change lets you see more (%1). Your teen must agree: hand them the keyboard so they type their PIN below.</source>
        <translation>Ce changement vous permet d&apos;en voir plus (%1). Votre ado doit être d&apos;accord : passez-lui le clavier pour qu&apos;il ou elle tape son code PIN ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="360"/>
        <source>This change gives your teen more privacy. Your signature is enough; your teen will see it in their log.</source>
        <translation>Ce changement donne plus d&apos;intimité à votre ado. Votre signature suffit ; votre ado le verra dans son registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="363"/>
        <source>Your parent must approve this change. It will wait for them; you will see it in your log.</source>
        <translation>Ton parent doit approuver ce changement. Il attendra son accord ; tu le verras dans ton registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="366"/>
        <source>This change lets your parent see more (%1). Saving it with your PIN means you agree.</source>
        <translation>Ce changement permet à ton parent d&apos;en voir plus (%1). L&apos;enregistrer avec ton code PIN veut dire que tu es d&apos;accord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="368"/>
        <source>This change gives you more privacy. Your signature is enough; your parent will see it in the log.</source>
        <translation>Ce changement te donne plus d&apos;intimité. Ta signature suffit ; ton parent le verra dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="381"/>
        <source>Send to my parent</source>
        <translation>Envoyer à mon parent</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="395"/>
        <source>Saved, signed by you and your teen.</source>
        <translation>Enregistré, signé par vous et votre ado.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="397"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="399"/>
        <source>Sent. It will count once your parent approves it.</source>
        <translation>Envoyé. Il comptera une fois approuvé par ton parent.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="402"/>
        <source>That PIN is not right. Nothing was saved.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement_dialog.py" line="407"/>
        <source>Too many wrong PINs. Nothing was saved; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Rien n&apos;a été enregistré ; réessaie dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Rien n&apos;a été enregistré ; réessaie dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="411"/>
        <source>The agreement changed meanwhile. Nothing was saved; it has been reloaded.</source>
        <translation>L&apos;accord a changé entre-temps. Rien n&apos;a été enregistré ; il a été rechargé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="418"/>
        <source>Approved and saved.</source>
        <translation>Approuvé et enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="423"/>
        <source>Declined. Your teen will see it in their log.</source>
        <translation>Refusé. Votre ado le verra dans son registre.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="432"/>
        <source>family-agreement.pdf</source>
        <translation>accord-familial.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="433"/>
        <source>Save a printable copy</source>
        <translation>Enregistrer une copie imprimable</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="439"/>
        <source>Saved a printable copy: %1</source>
        <translation>Copie imprimable enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="184"/>
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="186"/>
        <source>What you and your teen agreed Guardian watches, in the words your teen reads in their own view. A change that lets you see more needs your teen&apos;s PIN; every change, and every pause, is shown to them.</source>
        <translation>Ce que vous avez convenu avec votre ado que Guardian surveille, avec les mots que votre ado lit dans son propre espace. Un changement qui vous permet d&apos;en voir plus demande le code PIN de votre ado ; chaque changement, et chaque pause, lui est montré.</translation>
    </message>
</context>
<context>
    <name>AgreementSummary</name>
    <message>
        <location filename="../../ui/teens.py" line="74"/>
        <source>The agreement, in plain words</source>
        <translation>L&apos;accord, en mots simples</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/inbox_model.py" line="44"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="45"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="46"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="49"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="47"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <location filename="../../ui/alert_view.py" line="56"/>
        <source>Another person</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="89"/>
        <source>Selected alert</source>
        <translation>Alerte sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="92"/>
        <source>Select an alert to see why it was raised.</source>
        <translation>Sélectionnez une alerte pour voir pourquoi elle a été levée.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="124"/>
        <source>Why this alert</source>
        <translation>Pourquoi cette alerte</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="127"/>
        <source>What was said</source>
        <translation>Ce qui a été écrit</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="133"/>
        <source>Flagged messages and their context</source>
        <translation>Messages signalés et leur contexte</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="135"/>
        <source>Highlighted: the words that matched. Other lines are the agreed context.</source>
        <translation>Surlignés : les mots repérés. Les autres lignes sont le contexte convenu.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="139"/>
        <source>How the conversation developed</source>
        <translation>Comment la conversation a évolué</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="142"/>
        <source>The same contact elsewhere</source>
        <translation>Le même contact ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="146"/>
        <source>Signs found</source>
        <translation>Signes repérés</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="150"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="152"/>
        <source>Talk with your teen calmly: they are not in trouble. Keep the messages; do not reply to the contact in their place. If there are threats or requests for photos, get help now.</source>
        <translation>Parlez calmement avec votre ado : il ou elle n&apos;a rien fait de mal. Gardez les messages ; ne répondez pas au contact à sa place. En cas de menaces ou de demandes de photos, faites-vous aider dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="157"/>
        <source>Mark reviewed</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="157"/>
        <source>Mark this alert as reviewed</source>
        <translation>Marquer cette alerte comme vue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="158"/>
        <source>Not a concern</source>
        <translation>Pas inquiétant</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="159"/>
        <source>Mark this alert as not a concern; Guardian keeps a local note</source>
        <translation>Marquer cette alerte comme pas inquiétante ; Guardian garde une note sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="160"/>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="160"/>
        <source>Export the evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="161"/>
        <source>Save the whole conversation with this contact as a PDF and a JSON file, with fingerprints, for the police or a helpline. Your teen will see that you did.</source>
        <translation>Enregistrer toute la conversation avec ce contact en PDF et en JSON, avec des empreintes, pour la police ou une ligne d&apos;écoute. Votre ado verra que vous l&apos;avez fait.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="164"/>
        <source>Get help</source>
        <translation>Trouver de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="164"/>
        <source>Who can help, and how</source>
        <translation>Qui peut aider, et comment</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="208"/>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="210"/>
        <source>%1 · conversation “%2” · %3</source>
        <translation>%1 · conversation « %2 » · %3</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="214"/>
        <source>This alert&apos;s record could not be read.</source>
        <translation>L&apos;enregistrement de cette alerte n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="237"/>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/alert_view.py" line="245"/>
        <source>%1 on %2 (contact %3)</source>
        <translation>%1 sur %2 (contact %3)</translation>
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
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BirthMonthField</name>
    <message>
        <location filename="../../ui/teens.py" line="43"/>
        <source>Month of birth</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="47"/>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
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
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="107"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="108"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="109"/>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="124"/>
        <source>Choose dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="132"/>
        <location filename="../../ui/inbox.py" line="134"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="133"/>
        <location filename="../../ui/inbox.py" line="135"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="149"/>
        <source>Date: %1 – %2</source>
        <translation>Date : %1 – %2</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ui/sources.py" line="67"/>
        <source>Add exports</source>
        <translation>Ajouter des exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="71"/>
        <source>Drop your teen&apos;s exports here (zip files, folders or files), or choose them.</source>
        <translation>Déposez ici les exports de votre ado (fichiers zip, dossiers ou fichiers), ou choisissez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="73"/>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="74"/>
        <source>Choose export files or zips</source>
        <translation>Choisir des fichiers d&apos;export ou des zip</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="75"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="76"/>
        <source>Choose an unzipped export folder</source>
        <translation>Choisir un dossier d&apos;export décompressé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="96"/>
        <source>Choose exports</source>
        <translation>Choisir des exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="96"/>
        <source>Exports (%1)</source>
        <translation>Exports (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="101"/>
        <source>Choose an export folder</source>
        <translation>Choisir un dossier d&apos;export</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../../ui/help.py" line="48"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="56"/>
        <source>You can stay anonymous.</source>
        <translation>Vous pouvez rester anonyme.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="58"/>
        <source>Not anonymous.</source>
        <translation>Pas anonyme.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="178"/>
        <source>The first exports</source>
        <translation>Les premiers exports</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="179"/>
        <source>Add the data exports downloaded from your teen&apos;s apps. You can also do this later.</source>
        <translation>Ajoutez les exports de données téléchargés depuis les applis de votre ado. Vous pouvez aussi le faire plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="185"/>
        <source>Exports to read</source>
        <translation>Exports à lire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="187"/>
        <source>How to download the data</source>
        <translation>Comment télécharger les données</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="189"/>
        <source>TikTok: Settings › Account › Download your data › JSON.
Instagram: Settings › Your activity › Download your information › Messages, format JSON.
WhatsApp: open the chat › ⋮ › More › Export chat › Without media.
Snapchat: Settings › My Data › Submit request; the zip arrives by e-mail.
Discord and Telegram: request the data package, or export the chat from the desktop app.</source>
        <translation>TikTok : Paramètres › Compte › Télécharger vos données › JSON.
Instagram : Paramètres › Votre activité › Télécharger vos informations › Messages, format JSON.
WhatsApp : ouvrir la discussion › ⋮ › Plus › Exporter la discussion › Sans médias.
Snapchat : Paramètres › Mes données › Envoyer la demande ; le zip arrive par e-mail.
Discord et Telegram : demander le paquet de données, ou exporter la discussion depuis l&apos;appli pour ordinateur.</translation>
    </message>
</context>
<context>
    <name>FirstAgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_page.py" line="130"/>
        <source>Sign the family agreement</source>
        <translation>Signer l&apos;accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="134"/>
        <source>Hand the keyboard to %1</source>
        <translation>Passez le clavier à %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="141"/>
        <source>Born in</source>
        <translation>Né·e en</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="142"/>
        <location filename="../../ui/agreement_page.py" line="143"/>
        <source>Your PIN</source>
        <translation>Ton code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="145"/>
        <source>We read this together and we both sign it</source>
        <translation>Nous l&apos;avons lu ensemble et nous le signons tous les deux</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="164"/>
        <source>That PIN is not right. Nothing was signed.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_page.py" line="167"/>
        <source>Too many wrong PINs. Wait a little, then try again.</source>
        <translation>Trop de codes PIN erronés. Attends un peu, puis réessaie.</translation>
    </message>
</context>
<context>
    <name>Guardian</name>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Guardian opened without your passphrase: it is remembered on this computer account. You can turn this off in Sources.</source>
        <translation>Guardian s&apos;est ouvert sans votre phrase secrète : elle est mémorisée sur ce compte de l&apos;ordinateur. Vous pouvez désactiver cela dans Sources.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>The system key store did not accept the key: Guardian will ask for your passphrase each time. You can try again in Sources.</source>
        <translation>Le trousseau de clés du système n&apos;a pas accepté la clé : Guardian vous demandera votre phrase secrète à chaque fois. Vous pouvez réessayer dans Sources.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>The scan stopped because of an error in Guardian. Nothing was lost; please try again.</source>
        <translation>L&apos;analyse s&apos;est arrêtée à cause d&apos;une erreur dans Guardian. Rien n&apos;a été perdu ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="281"/>
        <source>Scan cancelled. Alerts found before the cancel are not kept; run it again at any time.</source>
        <translation>Analyse annulée. Les alertes trouvées avant l&apos;annulation ne sont pas gardées ; relancez-la quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="283"/>
        <source>Monitoring is paused in the family agreement: nothing was read.</source>
        <translation>La surveillance est en pause dans l&apos;accord familial : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="285"/>
        <source>Monitoring has ended, as the family agreed: nothing was read.</source>
        <translation>La surveillance est terminée, comme convenu en famille : rien n&apos;a été lu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="286"/>
        <source>Scan finished: %n new alert(s).</source>
        <translation>
            <numerusform>Analyse terminée : %n nouvelle alerte.</numerusform>
            <numerusform>Analyse terminée : %n nouvelles alertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="288"/>
        <source>%n export(s) had already been read.</source>
        <translation>
            <numerusform>%n export avait déjà été lu.</numerusform>
            <numerusform>%n exports avaient déjà été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="290"/>
        <source>%n file(s) could not be read: see Sources.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu : voir Sources.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus : voir Sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../../ui/help.py" line="139"/>
        <source>Avoid:</source>
        <translation>À éviter :</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/help.py" line="67"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="75"/>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="77"/>
        <location filename="../../ui/help.py" line="78"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="82"/>
        <source>Guardian never contacts these services: the numbers and addresses are for you to use.</source>
        <translation>Guardian ne contacte jamais ces services : les numéros et adresses sont là pour vous.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="98"/>
        <source>Another country (international services)</source>
        <translation>Autre pays (services internationaux)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="108"/>
        <source>The help directory could not be read. In an emergency, call 112 (Europe) or 911 (North America).</source>
        <translation>L&apos;annuaire d&apos;aide n&apos;a pas pu être lu. En cas d&apos;urgence, appelez le 112 (Europe) ou le 911 (Amérique du Nord).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>For this alert: %1.</source>
        <translation>Pour cette alerte : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="114"/>
        <source>What to do, whatever happened:</source>
        <translation>Que faire, quoi qu&apos;il se soit passé :</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox.py" line="180"/>
        <source>Search contacts and messages</source>
        <translation>Rechercher des contacts et des messages</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="181"/>
        <source>Search alerts</source>
        <translation>Rechercher dans les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="190"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="227"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="228"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="229"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="230"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="234"/>
        <source>Show low-level signals</source>
        <translation>Afficher les signaux faibles</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="235"/>
        <source>Also show low-level signals, which are hidden by default</source>
        <translation>Afficher aussi les signaux faibles, masqués par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="236"/>
        <source>Weak signs that need no action on their own</source>
        <translation>Des signes légers qui, seuls, ne demandent rien de votre part</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="238"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="239"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="297"/>
        <source>No alert matches these filters.</source>
        <translation>Aucune alerte ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="304"/>
        <source>No alerts. No export has been read yet: add one in Sources.</source>
        <translation>Aucune alerte. Aucun export n&apos;a encore été lu : ajoutez-en un dans Sources.</translation>
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
            <numerusform>Aucune alerte. Guardian a lu %n message dans %1.</numerusform>
            <numerusform>Aucune alerte. Guardian a lu %n messages dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="311"/>
        <source>Period: %1 to %2.</source>
        <translation>Période : du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="319"/>
        <source>Where to save the evidence dossier</source>
        <translation>Où enregistrer le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="328"/>
        <source>The evidence could not be saved: %1</source>
        <translation>Le dossier de preuves n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="332"/>
        <source>The evidence could not be saved: the folder cannot be written to.</source>
        <translation>Le dossier de preuves n&apos;a pas pu être enregistré : impossible d&apos;écrire dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox.py" line="335"/>
        <source>Evidence saved in %1: %2. Fingerprint (SHA-256): %3</source>
        <translation>Preuves enregistrées dans %1 : %2. Empreinte (SHA-256) : %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Pausing signs a new version of the agreement; your teen sees it</source>
        <translation>Mettre en pause signe une nouvelle version de l&apos;accord ; votre ado le voit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>%1: monitoring ended on %2, as you agreed. Guardian reads nothing more for them, and they were told too.</source>
        <translation>%1 : la surveillance s&apos;est arrêtée le %2, comme convenu. Guardian ne lit plus rien pour cet ado, qui a été prévenu aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>%1: since %2, Guardian watches less, as you agreed for this age. They were told too.</source>
        <translation>%1 : depuis le %2, Guardian surveille moins, comme convenu pour cet âge. Votre ado a été prévenu aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>All teens</source>
        <translation>Tous les ados</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="206"/>
        <source>Watching and notifications</source>
        <translation>Surveillance du dossier et notifications</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="207"/>
        <source>Both are optional and can be changed later.</source>
        <translation>Les deux sont facultatifs et modifiables plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>Guardian can watch one folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian peut surveiller un dossier, comme Téléchargements, et lire les nouveaux exports qui y sont enregistrés pendant qu&apos;il tourne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="212"/>
        <source>No folder is watched.</source>
        <translation>Aucun dossier n&apos;est surveillé.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="213"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="214"/>
        <source>Choose the watched folder</source>
        <translation>Choisir le dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Me prévenir d&apos;une nouvelle alerte (la notification ne montre jamais aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="222"/>
        <source>Desktop notifications for new alerts</source>
        <translation>Notifications de bureau pour les nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228"/>
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Teen shown</source>
        <translation>Ado affiché</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Whose alerts to show</source>
        <translation>De quel ado afficher les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Pause or resume monitoring</source>
        <translation>Mettre en pause ou reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Lock Guardian</source>
        <translation>Verrouiller Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Resume monitoring</source>
        <translation>Reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Alerts, %n unread</source>
        <translation>
            <numerusform>Alertes, %n non lue</numerusform>
            <numerusform>Alertes, %n non lues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Pause monitoring</source>
        <translation>Mettre en pause</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="118"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Alerts per week</source>
        <translation>Alertes par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="127"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="130"/>
        <source>Alerts by category</source>
        <translation>Alertes par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="132"/>
        <source>Alerts by platform</source>
        <translation>Alertes par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="138"/>
        <source>What was scanned</source>
        <translation>Ce qui a été analysé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview.py" line="153"/>
        <source>%n alert(s) in total.</source>
        <translation>
            <numerusform>%n alerte en tout.</numerusform>
            <numerusform>%n alertes en tout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="162"/>
        <source>Nothing has been scanned yet.</source>
        <translation>Rien n&apos;a encore été analysé.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="25"/>
        <location filename="../../ui/passphrase.py" line="32"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="26"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="30"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="33"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="34"/>
        <source>Strength</source>
        <translation>Solidité</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="48"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="49"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="50"/>
        <source>Fair</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="51"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="52"/>
        <source>Very strong</source>
        <translation>Très solide</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="62"/>
        <source>For example: four words that make a picture only you would imagine.</source>
        <translation>Par exemple : quatre mots qui forment une image que vous seul imagineriez.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="64"/>
        <source>add words to make it longer.</source>
        <translation>ajoutez des mots pour l&apos;allonger.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="66"/>
        <source>type it again below.</source>
        <translation>tapez-la une seconde fois ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="68"/>
        <source>good.</source>
        <translation>c&apos;est bon.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>Your parent passphrase</source>
        <translation>Votre phrase secrète de parent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>It locks the alerts. Choose a few words only you know: long beats complicated.</source>
        <translation>Elle verrouille les alertes. Choisissez quelques mots que vous seul connaissez : mieux vaut long que compliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="151"/>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="155"/>
        <source>Type the recovery code you wrote down when you set up Guardian, then choose a new passphrase. The alerts stay as they are.</source>
        <translation>Saisissez le code de secours noté lors de la configuration de Guardian, puis choisissez une nouvelle phrase secrète. Les alertes restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="159"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>That recovery code is not right. Each attempt is recorded.</source>
        <translation>Ce code de secours n&apos;est pas le bon. Chaque tentative est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="183"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="122"/>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez la phrase secrète, ce code est le seul moyen de rentrer. Notez-le ou imprimez-le, et rangez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="132"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135"/>
        <source>Copy the recovery code</source>
        <translation>Copier le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="138"/>
        <source>I have written down or printed this code</source>
        <translation>J&apos;ai noté ou imprimé ce code</translation>
    </message>
</context>
<context>
    <name>RememberChoice</name>
    <message>
        <location filename="../../ui/passphrase.py" line="84"/>
        <source>Remember on this computer account</source>
        <translation>Mémoriser sur ce compte de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="85"/>
        <source>Remember the parent key on this computer account</source>
        <translation>Mémoriser la clé du parent sur ce compte de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="90"/>
        <source>Guardian will then open without the passphrase on this computer account: anyone who uses it — possibly your teen — could open Guardian and read the alerts. Only tick this if your teen has their own account on this computer.</source>
        <translation>Guardian s&apos;ouvrira alors sans la phrase secrète sur ce compte de l&apos;ordinateur : toute personne qui l&apos;utilise — peut-être votre ado — pourrait ouvrir Guardian et lire les alertes. Ne cochez cette case que si votre ado a son propre compte sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="95"/>
        <source>No system key store was found on this computer: Guardian will ask for your passphrase each time.</source>
        <translation>Aucun trousseau de clés du système n&apos;a été trouvé sur cet ordinateur : Guardian vous demandera votre phrase secrète à chaque fois.</translation>
    </message>
</context>
<context>
    <name>RetryWait</name>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="64"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Reading the exports…</source>
        <translation>Lecture des exports…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Scan progress</source>
        <translation>Avancement de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Cancel the scan</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="105"/>
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message lu</numerusform>
            <numerusform>%n messages lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="107"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="109"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>encore %n seconde environ</numerusform>
            <numerusform>encore %n secondes environ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="110"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>encore %n minute environ</numerusform>
            <numerusform>encore %n minutes environ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="246"/>
        <source>Set up Guardian</source>
        <translation>Configurer Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>Start Guardian</source>
        <translation>Démarrer Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="272"/>
        <source>A vault already exists in this folder.</source>
        <translation>Un coffre existe déjà dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <location filename="../../ui/sources.py" line="43"/>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="45"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="46"/>
        <source>%n message(s) · %1 · read on %2</source>
        <translation>
            <numerusform>%n message · %1 · lu le %2</numerusform>
            <numerusform>%n messages · %1 · lus le %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="49"/>
        <source>scan not finished</source>
        <translation>analyse non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="53"/>
        <source>This export type never contains:</source>
        <translation>Ce type d&apos;export ne contient jamais :</translation>
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
        <translation>Les nouveaux exports sont ceux de</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="121"/>
        <source>Teen the new exports belong to</source>
        <translation>Ado à qui appartiennent les nouveaux exports</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="130"/>
        <location filename="../../ui/sources.py" line="136"/>
        <source>Watched folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="132"/>
        <source>Guardian can watch a folder, such as Downloads, and read new exports saved there while it runs.</source>
        <translation>Guardian peut surveiller un dossier, comme Téléchargements, et lire les nouveaux exports qui y sont enregistrés pendant qu&apos;il tourne.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="137"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="138"/>
        <source>Choose the watched folder</source>
        <translation>Choisir le dossier surveillé</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="140"/>
        <source>Stop watching</source>
        <translation>Ne plus surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="141"/>
        <source>Stop watching the folder</source>
        <translation>Ne plus surveiller le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="148"/>
        <location filename="../../ui/sources.py" line="150"/>
        <source>Files the last scan could not read</source>
        <translation>Fichiers que la dernière analyse n&apos;a pas pu lire</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="153"/>
        <source>Imported exports</source>
        <translation>Exports importés</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="168"/>
        <location filename="../../ui/sources.py" line="170"/>
        <source>Teens</source>
        <translation>Ados</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="172"/>
        <source>Add a teen…</source>
        <translation>Ajouter un ado…</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="173"/>
        <source>Add a teen to this family</source>
        <translation>Ajouter un ado à cette famille</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="181"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="182"/>
        <source>Tell me when there is a new alert (the notification never shows any message)</source>
        <translation>Me prévenir d&apos;une nouvelle alerte (la notification ne montre jamais aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="184"/>
        <source>Desktop notifications for new alerts</source>
        <translation>Notifications de bureau pour les nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="189"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="190"/>
        <source>Minutes without use before Guardian locks itself</source>
        <translation>Minutes sans utilisation avant que Guardian se verrouille</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="191"/>
        <source>Lock Guardian after this long without use</source>
        <translation>Verrouiller Guardian après cette durée sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="203"/>
        <source>Key store message</source>
        <translation>Message du trousseau de clés</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="216"/>
        <source>The system key store did not accept the key: Guardian will keep asking for your passphrase.</source>
        <translation>Le trousseau de clés du système n&apos;a pas accepté la clé : Guardian continuera de vous demander votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="235"/>
        <source>No folder is watched.</source>
        <translation>Aucun dossier n&apos;est surveillé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources.py" line="239"/>
        <source>%1 — %n account(s)</source>
        <translation>
            <numerusform>%1 — %n compte</numerusform>
            <numerusform>%1 — %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="269"/>
        <source>No export has been read yet.</source>
        <translation>Aucun export n&apos;a encore été lu.</translation>
    </message>
    <message>
        <location filename="../../ui/sources.py" line="274"/>
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
</context>
<context>
    <name>TeenForm</name>
    <message>
        <location filename="../../ui/teens.py" line="98"/>
        <source>Our agreement, in plain words, as you will find it in your own view of Guardian. It is the suggested one: after signing, either of you can propose changes, and any change that lets your parent see more needs your PIN.</source>
        <translation>Notre accord, en mots simples, tel que tu le retrouveras dans ton espace de Guardian. C&apos;est celui qui est suggéré : après la signature, chacun de vous peut proposer des changements, et tout changement qui permet à ton parent d&apos;en voir plus demande ton code PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="104"/>
        <location filename="../../ui/teens.py" line="107"/>
        <source>Your first name</source>
        <translation>Ton prénom</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="105"/>
        <source>Your PIN</source>
        <translation>Ton code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="106"/>
        <source>Your PIN again</source>
        <translation>Ton code PIN, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="108"/>
        <source>Born in</source>
        <translation>Né·e en</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="109"/>
        <source>Your PIN (4 or more)</source>
        <translation>Ton code PIN (4 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="110"/>
        <source>PIN again</source>
        <translation>Code PIN, à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/teens.py" line="112"/>
        <source>We read this together and we both sign it</source>
        <translation>Nous l&apos;avons lu ensemble et nous le signons tous les deux</translation>
    </message>
</context>
<context>
    <name>TeenPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="154"/>
        <source>Hand the keyboard to your teen</source>
        <translation>Passez le clavier à votre ado</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="155"/>
        <source>Read the agreement together. Then your teen chooses a PIN for their own view of Guardian, and you both sign.</source>
        <translation>Lisez l&apos;accord ensemble. Votre ado choisit ensuite un code PIN pour son propre espace dans Guardian, et vous signez tous les deux.</translation>
    </message>
</context>
<context>
    <name>TeenSignIn</name>
    <message>
        <location filename="../../ui/teen_entry.py" line="38"/>
        <source>Your own view of Guardian</source>
        <translation>Ton espace dans Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="42"/>
        <source>See what Guardian watches, everything your parent did that concerns you, and where to find help on your own. Your parent&apos;s passphrase is not needed: type your PIN.</source>
        <translation>Vois ce que Guardian surveille, tout ce que ton parent a fait qui te concerne, et où trouver de l&apos;aide seul·e. Pas besoin de la phrase secrète de ton parent : tape ton code PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="45"/>
        <source>Your profile</source>
        <translation>Ton profil</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="49"/>
        <source>Your PIN</source>
        <translation>Ton code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="47"/>
        <source>Open my view</source>
        <translation>Ouvrir mon espace</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="48"/>
        <source>Open my view with this PIN</source>
        <translation>Ouvrir mon espace avec ce code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="51"/>
        <source>PIN message</source>
        <translation>Message sur le code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="54"/>
        <source>Back to the lock screen</source>
        <translation>Retour à l&apos;écran verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="63"/>
        <source>Profile %1, set up on %2</source>
        <translation>Profil %1, créé le %2</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="64"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="68"/>
        <source>No teen profile has been set up yet.</source>
        <translation>Aucun profil d&apos;ado n&apos;a encore été créé.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="80"/>
        <source>That PIN is not right. Each attempt is recorded.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Chaque tentative est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="87"/>
        <source>No agreement has been signed for this profile yet. Ask your parent to sign it with you.</source>
        <translation>Aucun accord n&apos;a encore été signé pour ce profil. Demande à ton parent de le signer avec toi.</translation>
    </message>
</context>
<context>
    <name>TeenSpace</name>
    <message>
        <location filename="../../ui/teen_entry.py" line="106"/>
        <source>Leave my view</source>
        <translation>Quitter mon espace</translation>
    </message>
    <message>
        <location filename="../../ui/teen_entry.py" line="107"/>
        <source>Leave my view and return to the lock screen</source>
        <translation>Quitter mon espace et revenir à l&apos;écran verrouillé</translation>
    </message>
</context>
<context>
    <name>TeenView</name>
    <message>
        <location filename="../../ui/teen_view.py" line="46"/>
        <source>What Guardian watches</source>
        <translation>Ce que Guardian surveille</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="48"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="49"/>
        <source>What was done, newest first</source>
        <translation>Ce qui a été fait, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="54"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="55"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="67"/>
        <source>Monitoring status</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="70"/>
        <source>Propose a change…</source>
        <translation>Proposer un changement…</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="71"/>
        <source>Propose a change to the agreement</source>
        <translation>Proposer un changement à l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="91"/>
        <source>You can contact these yourself, without telling your parent. Guardian does not record that you looked here and never contacts them for you.</source>
        <translation>Tu peux les contacter toi-même, sans prévenir ton parent. Guardian n&apos;enregistre pas que tu as regardé ici et ne les contacte jamais à ta place.</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="95"/>
        <location filename="../../ui/teen_view.py" line="96"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="105"/>
        <source>The help list could not be read. In danger, call 112 (Europe) or 911 (North America).</source>
        <translation>La liste d&apos;aide n&apos;a pas pu être lue. En cas de danger, appelle le 112 (Europe) ou le 911 (Amérique du Nord).</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="133"/>
        <source>Monitoring has ended</source>
        <translation>La surveillance est terminée</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="135"/>
        <source>Monitoring is paused</source>
        <translation>La surveillance est en pause</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="137"/>
        <source>Monitoring is on</source>
        <translation>La surveillance est active</translation>
    </message>
    <message>
        <location filename="../../ui/teen_view.py" line="145"/>
        <source>Agreement version %1</source>
        <translation>Version %1 de l&apos;accord</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="53"/>
        <source>Open Guardian</source>
        <translation>Ouvrir Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="54"/>
        <source>Pause monitoring</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="55"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="56"/>
        <source>Quit Guardian</source>
        <translation>Quitter Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="70"/>
        <source>Guardian — monitoring ended</source>
        <translation>Guardian — surveillance terminée</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="71"/>
        <source>Guardian — no family agreement signed yet</source>
        <translation>Guardian — aucun accord familial signé pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="54"/>
        <source>Resume monitoring</source>
        <translation>Reprendre la surveillance</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="68"/>
        <source>Guardian — monitoring on</source>
        <translation>Guardian — surveillance active</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="69"/>
        <source>Guardian — monitoring paused</source>
        <translation>Guardian — surveillance en pause</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Guardian is locked</source>
        <translation>Guardian est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="82"/>
        <source>Enter the parent passphrase to see the alerts.</source>
        <translation>Saisissez la phrase secrète de parent pour voir les alertes.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="85"/>
        <source>Parent passphrase</source>
        <translation>Phrase secrète de parent</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Unlock Guardian</source>
        <translation>Déverrouiller Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Forgot the passphrase?</source>
        <translation>Phrase secrète oubliée ?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète oubliée ? Utiliser le code de secours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>I&apos;m the teen</source>
        <translation>Je suis l&apos;ado</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>I&apos;m the teen: open my own view with my PIN</source>
        <translation>Je suis l&apos;ado : ouvrir mon espace avec mon code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="96"/>
        <source>What Guardian watches, what was done, and help: with your PIN</source>
        <translation>Ce que Guardian surveille, ce qui a été fait, et de l&apos;aide : avec ton code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>That passphrase is not right. Each attempt is recorded.</source>
        <translation>Cette phrase secrète n&apos;est pas la bonne. Chaque tentative est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="134"/>
        <source>The vault could not be opened. Your data has not been changed.</source>
        <translation>Le coffre n&apos;a pas pu être ouvert. Vos données n&apos;ont pas été modifiées.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="62"/>
        <source>Welcome to Guardian</source>
        <translation>Bienvenue dans Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="67"/>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>Guardian reads the chat exports you and your teen download from apps such as TikTok, Instagram or WhatsApp, and looks for the known signs of grooming and sextortion: an adult asking for secrecy, photos, a meeting, or making threats.</source>
        <translation>Guardian lit les exports de conversations que votre ado et vous téléchargez depuis des applis comme TikTok, Instagram ou WhatsApp, et y cherche les signes connus de pédopiégeage et de sextorsion : un adulte qui demande le secret, des photos, un rendez-vous, ou qui menace.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>What Guardian does</source>
        <translation>Ce que fait Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>• Everything stays on this computer: nothing is sent anywhere, there is no account and no cloud.
• It reads only the exports you give it, when you give them.
• You see an alert only when a conversation shows these signs: why it was raised, and the few messages around it.</source>
        <translation>• Tout reste sur cet ordinateur : rien n&apos;est envoyé nulle part, il n&apos;y a ni compte ni cloud.
• Il lit seulement les exports que vous lui donnez, quand vous les donnez.
• Vous voyez une alerte seulement quand une conversation montre ces signes : pourquoi elle a été levée, et les quelques messages autour.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86"/>
        <source>What Guardian does not do</source>
        <translation>Ce que Guardian ne fait pas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>• It does not show you all of your teen&apos;s conversations, and does not read their phone.
• It does not look at photos or videos.
• It does nothing in secret: your teen sees the same rules, and every alert you open is recorded for them to see.</source>
        <translation>• Il ne vous montre pas toutes les conversations de votre ado et ne lit pas son téléphone.
• Il ne regarde ni les photos ni les vidéos.
• Il ne fait rien en secret : votre ado voit les mêmes règles, et chaque alerte que vous ouvrez est enregistrée pour qu&apos;il ou elle le voie.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Reviewed</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Not a concern</source>
        <translation>Pas inquiétant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Friendship</source>
        <translation>Amitié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Checking the risk</source>
        <translation>Évaluation du risque</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Keeping it between them</source>
        <translation>Mise à l&apos;écart</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Sexual talk</source>
        <translation>Propos sexuels</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Building a hold</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Pressure and threats</source>
        <translation>Pressions et menaces</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Other app</source>
        <translation>Autre appli</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Monitoring on</source>
        <translation>Surveillance active</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Monitoring paused</source>
        <translation>Surveillance en pause</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Monitoring ended</source>
        <translation>Surveillance terminée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>No agreement yet</source>
        <translation>Pas encore d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="122"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Your teen</source>
        <translation>Votre ado</translation>
    </message>
</context>
</TS>
