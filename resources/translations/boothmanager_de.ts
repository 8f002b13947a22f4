<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="168" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="169" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="170" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="172" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="173" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="174" />
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="175" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="176" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="177" />
        <source>Print Booth &amp;Signs…</source>
        <translation>Stand&amp;schilder drucken…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="178" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="179" />
        <source>U&amp;nassign Stand</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="180" />
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="181" />
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="182" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="183" />
        <source>&amp;About boothmanager</source>
        <translation>Ü&amp;ber boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="184" />
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="187" />
        <source>Stands</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="188" />
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="189" />
        <source>Main Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="190" />
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="245" />
        <location filename="../../src/boothmanager/gui/main_window.py" line="464" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="297" />
        <source>Venue geometry is an estimate</source>
        <translation>Geometrie des Veranstaltungsorts geschätzt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="313" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="313" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="314" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="314" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="333" />
        <source>Assign “%1” to %2</source>
        <translation>„%1“ Stand %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="336" />
        <source>Unassign booth %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="345" />
        <source>Move booth %1</source>
        <translation>Stand %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="346" />
        <source>Move %1 booths</source>
        <translation>%1 Stände verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="397" />
        <source>Unassign stand from %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="425" />
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="431" />
        <source>Open Event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="437" />
        <source>Save Event As</source>
        <translation>Veranstaltung speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="445" />
        <source>booth-signs.pdf</source>
        <translation>standschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="446" />
        <source>Print Booth Signs</source>
        <translation>Standschilder drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="447" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="461" />
        <source>No booth has a stand assigned: there is no sign to print.</source>
        <translation>Kein Stand ist belegt: Es gibt kein Schild zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="466" />
        <source>Wrote %1 sign(s) to %2</source>
        <translation>%1 Schild(er) nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="470" />
        <source>Booth signs</source>
        <translation>Standschilder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="471" />
        <source>The booth signs were written to %1. Open the PDF now?</source>
        <translation>Die Standschilder wurden nach %1 geschrieben. PDF jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="480" />
        <source>About boothmanager</source>
        <translation>Über boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="481" />
        <source>boothmanager plans the marketplace of a conference: venue, booths, stands and printed signs.</source>
        <translation>boothmanager plant den Markt einer Konferenz: Veranstaltungsort, Stände, Aussteller und gedruckte Schilder.</translation>
    </message>
</context>
<context>
    <name>PlanScene</name>
    <message>
        <location filename="../../src/boothmanager/gui/plan/scene.py" line="152" />
        <source>ESTIMATE – venue geometry assumed, not measured</source>
        <translation>SCHÄTZUNG – Geometrie angenommen, nicht gemessen</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="37" />
        <source>Select a booth on the plan or a stand in the list.</source>
        <translation>Wählen Sie einen Stand im Plan oder ein Projekt in der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="44" />
        <location filename="../../src/boothmanager/gui/properties.py" line="66" />
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="45" />
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="46" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="47" />
        <source>Position</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="48" />
        <source>Open sides</source>
        <translation>Offene Seiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="49" />
        <source>Type</source>
        <translation>Standtyp</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="50" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="51" />
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="54" />
        <location filename="../../src/boothmanager/gui/properties.py" line="62" />
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="56" />
        <location filename="../../src/boothmanager/gui/properties.py" line="69" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="56" />
        <source>Venue geometry is an estimate.</source>
        <translation>Die Geometrie des Veranstaltungsorts ist geschätzt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="63" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="64" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="65" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="66" />
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="67" />
        <source>Contact (private)</source>
        <translation>Kontakt (privat)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="69" />
        <source>Placeholder: the name is not known yet.</source>
        <translation>Platzhalter: Der Name ist noch nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>StandListPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="179" />
        <source>Filter stands…</source>
        <translation>Aussteller filtern…</translation>
    </message>
</context>
<context>
    <name>StandModel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="86" />
        <source>Placeholder: name not known yet</source>
        <translation>Platzhalter: Name noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="102" />
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="103" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="104" />
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="39" />
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="39" />
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="40" />
        <source>assigned</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="44" />
        <source>inline booth</source>
        <translation>Reihenstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="44" />
        <source>corner booth</source>
        <translation>Eckstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="45" />
        <source>peninsula booth</source>
        <translation>Kopfstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="45" />
        <source>island booth</source>
        <translation>Blockstand (Insel)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="46" />
        <source>closed on all sides</source>
        <translation>allseitig geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="50" />
        <source>north</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="50" />
        <source>east</source>
        <translation>Ost</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="50" />
        <source>south</source>
        <translation>Süd</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="51" />
        <source>west</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="55" />
        <source>power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="55" />
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="56" />
        <source>pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="61" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="67" />
        <source>There is no booth “%1”.</source>
        <translation>Es gibt keinen Stand „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="69" />
        <source>There is no stand “%1”.</source>
        <translation>Es gibt keinen Aussteller „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="71" />
        <source>Booth %1 is already occupied by “%2”. Unassign it first.</source>
        <translation>Stand %1 ist bereits mit „%2“ belegt. Heben Sie die Zuordnung zuerst auf.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="73" />
        <source>Booth %1 has no stand assigned.</source>
        <translation>Stand %1 ist nicht belegt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="75" />
        <source>A booth numbered %1 exists already.</source>
        <translation>Einen Stand mit der Nummer %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="77" />
        <source>“%1” names several stands.</source>
        <translation>„%1“ bezeichnet mehrere Aussteller.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="79" />
        <source>Invalid %1 “%2”: %3</source>
        <translation>Ungültige Angabe %1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="81" />
        <source>%1 was written by a newer version of boothmanager. Please update boothmanager to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von boothmanager gespeichert. Bitte aktualisieren Sie boothmanager, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="84" />
        <source>%1 exists already and was not overwritten.</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="86" />
        <source>%1 cannot be opened: %2. The file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="88" />
        <source>%1 is in use by another program; nothing was changed. Try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet; nichts wurde geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="90" />
        <source>%1 is read-only; nothing was changed. Save a copy with Save As.</source>
        <translation>%1 ist schreibgeschützt; nichts wurde geändert. Speichern Sie eine Kopie mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="93" />
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
</TS>