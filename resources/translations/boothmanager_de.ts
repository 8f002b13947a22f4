<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="40" />
        <source>Generate Booth Block</source>
        <translation>Standblock erzeugen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="53" />
        <source>Rows get letters (A1, A2 … B1)</source>
        <translation>Reihen erhalten Buchstaben (A1, A2 … B1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="59" />
        <source>e.g. 13, 17-19</source>
        <translation>z. B. 13, 17-19</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="69" />
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="70" />
        <source>Corner x (from the west)</source>
        <translation>Ecke x (von Westen)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="71" />
        <source>Corner y (into the building)</source>
        <translation>Ecke y (ins Gebäude)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="72" />
        <source>Rows</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="73" />
        <source>Booths per row</source>
        <translation>Stände je Reihe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="74" />
        <source>Booth width</source>
        <translation>Standbreite</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="75" />
        <source>Booth depth</source>
        <translation>Standtiefe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="76" />
        <source>Aisle between rows</source>
        <translation>Gang zwischen den Reihen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="77" />
        <source>Number prefix</source>
        <translation>Nummern-Präfix</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="79" />
        <source>First number</source>
        <translation>Erste Nummer</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="80" />
        <source>Numbers to skip</source>
        <translation>Auszulassende Nummern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="118" />
        <source>%1 booths, %2 to %3; the block covers %4 × %5.</source>
        <translation>%1 Stände, %2 bis %3; der Block belegt %4 × %5.</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="31" />
        <source>%1 east</source>
        <translation>%1 nach Osten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="32" />
        <source>%1 west</source>
        <translation>%1 nach Westen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="34" />
        <source>%1 north</source>
        <translation>%1 nach Norden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="35" />
        <source>%1 south</source>
        <translation>%1 nach Süden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="37" />
        <source>Booth %1 moved %2</source>
        <translation>Stand %1 verschoben: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="38" />
        <source>Booth %1 added</source>
        <translation>Stand %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="39" />
        <source>Booth %1 removed</source>
        <translation>Stand %1 entfernt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="40" />
        <source>Booth %1 moved</source>
        <translation>Stand %1 verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="41" />
        <source>Booth %1 resized</source>
        <translation>Stand %1 in der Größe geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="42" />
        <source>Booth %1 turned</source>
        <translation>Stand %1 gedreht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="43" />
        <source>Booth %1: open sides changed</source>
        <translation>Stand %1: offene Seiten geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="44" />
        <source>Booth %1: amenities changed</source>
        <translation>Stand %1: Ausstattung geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="45" />
        <source>Booth %1: reservation changed</source>
        <translation>Stand %1: Reservierung geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="50" />
        <source>“%1” placed on %2</source>
        <translation>„%1“ auf %2 platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="52" />
        <source>“%1” taken off %2</source>
        <translation>„%1“ von %2 genommen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="53" />
        <source>“%1” moved from %2 to %3</source>
        <translation>„%1“ von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="58" />
        <source>Stand “%1” added</source>
        <translation>Aussteller „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="60" />
        <source>Stand “%1” removed</source>
        <translation>Aussteller „%1“ entfernt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="62" />
        <source>Stand “%1”: %2 → %3</source>
        <translation>Aussteller „%1“: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="64" />
        <source>Stand “%1” changed (%2)</source>
        <translation>Aussteller „%1“ geändert (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="66" />
        <source>Event facts changed (%1)</source>
        <translation>Veranstaltungsdaten geändert (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="68" />
        <source>Venue changed (%1)</source>
        <translation>Veranstaltungsort geändert (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="206" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="207" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="208" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="209" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="210" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="211" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="212" />
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="213" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="214" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="215" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="216" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="217" />
        <source>U&amp;nassign Stand</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="218" />
        <source>Generate Booth &amp;Block…</source>
        <translation>Stand&amp;block erzeugen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="219" />
        <source>&amp;Automatic Assignment…</source>
        <translation>&amp;Automatische Zuordnung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="220" />
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="221" />
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="222" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="223" />
        <source>&amp;About boothmanager</source>
        <translation>Ü&amp;ber boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="224" />
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="227" />
        <source>Stands</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="228" />
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="229" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="230" />
        <source>Snapshots</source>
        <translation>Planungsstände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="232" />
        <source>Main Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="233" />
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="83" />
        <source>Every change is saved in the file already.</source>
        <translation>Jede Änderung ist bereits in der Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="93" />
        <location filename="../../src/boothmanager/gui/file_commands.py" line="188" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="311" />
        <source>Venue geometry is an estimate</source>
        <translation>Geometrie des Veranstaltungsorts geschätzt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="330" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="331" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="332" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="333" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="356" />
        <source>Assign “%1” to %2</source>
        <translation>„%1“ Stand %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="359" />
        <source>Unassign booth %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="368" />
        <source>Move booth %1</source>
        <translation>Stand %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="369" />
        <source>Move %1 booths</source>
        <translation>%1 Stände verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="381" />
        <source>Take snapshot “%1”</source>
        <translation>Planungsstand „%1“ sichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="427" />
        <source>Delete booth %1</source>
        <translation>Stand %1 löschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="428" />
        <source>Delete %1 booths</source>
        <translation>%1 Stände löschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="439" />
        <source>Add %1 booths (%2 to %3)</source>
        <translation>%1 Stände hinzufügen (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="447" />
        <source>Automatic assignment (%1 stands)</source>
        <translation>Automatische Zuordnung (%1 Aussteller)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="515" />
        <source>Unassign stand from %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="120" />
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="126" />
        <source>Open Event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="132" />
        <source>Save Event As</source>
        <translation>Veranstaltung speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="158" />
        <source>booth-signs.pdf</source>
        <translation>standschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="159" />
        <source>Print Booth Signs</source>
        <translation>Standschilder drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="150" />
        <location filename="../../src/boothmanager/gui/file_commands.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="149" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="179" />
        <source>No booth has a stand assigned: there is no sign to print.</source>
        <translation>Kein Stand ist belegt: Es gibt kein Schild zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="185" />
        <source>The signs were not written to %1: choose another PDF file name. A folder, a missing folder or a file that is not a PDF is never used.</source>
        <translation>Die Schilder wurden nicht nach %1 geschrieben: Bitte wählen Sie einen anderen PDF-Dateinamen. Ein Ordner, ein fehlender Ordner oder eine Datei, die kein PDF ist, wird nie verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="190" />
        <source>Wrote %1 sign(s) to %2</source>
        <translation>%1 Schild(er) nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="194" />
        <source>Booth signs</source>
        <translation>Standschilder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="195" />
        <source>The booth signs were written to %1. Open the PDF now?</source>
        <translation>Die Standschilder wurden nach %1 geschrieben. PDF jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="538" />
        <source>About boothmanager</source>
        <translation>Über boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="539" />
        <source>boothmanager plans the marketplace of a conference: venue, booths, stands and printed signs.</source>
        <translation>boothmanager plant den Markt einer Konferenz: Veranstaltungsort, Stände, Aussteller und gedruckte Schilder.</translation>
    </message>
</context>
<context>
    <name>PlanScene</name>
    <message>
        <location filename="../../src/boothmanager/gui/plan/scene.py" line="213" />
        <source>ESTIMATE – venue geometry assumed, not measured</source>
        <translation>SCHÄTZUNG – Geometrie angenommen, nicht gemessen</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="35" />
        <source>Booth signs</source>
        <translation>Standschilder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="36" />
        <source>Table tents</source>
        <translation>Tischaufsteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="37" />
        <source>Fascia strips</source>
        <translation>Blenden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="38" />
        <source>Door poster (stand list)</source>
        <translation>Türplakat (Ausstellerliste)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="51" />
        <source>Not legible on this paper from its reading distance (%1). Choose a larger paper.</source>
        <translation>Auf diesem Papier aus der Leseentfernung nicht lesbar (%1). Bitte ein größeres Papier wählen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="56" />
        <source>This piece is not made for %1 %2.</source>
        <translation>Dieses Druckstück gibt es nicht für %1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="59" />
        <source>No bundled font has the characters %1 (in “%2”); the fonts cover Latin, Greek, Cyrillic and Arabic. Nothing was printed.</source>
        <translation>Keine mitgelieferte Schrift hat die Zeichen %1 (in „%2“); die Schriften decken Lateinisch, Griechisch, Kyrillisch und Arabisch ab. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="63" />
        <source>No chosen booth has a stand assigned: nothing to print.</source>
        <translation>Kein gewählter Stand ist belegt: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="90" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="97" />
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="98" />
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="102" />
        <source>Only the %1 booth(s) selected on the plan</source>
        <translation>Nur die %1 im Plan gewählten Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="116" />
        <source>Write PDF…</source>
        <translation>PDF schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="120" />
        <source>Piece</source>
        <translation>Druckstück</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="121" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="122" />
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="123" />
        <source>Language of the labels</source>
        <translation>Sprache der Beschriftung</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="47" />
        <source>Select a booth on the plan or a stand in the list.</source>
        <translation>Wählen Sie einen Stand im Plan oder ein Projekt in der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="57" />
        <location filename="../../src/boothmanager/gui/properties.py" line="79" />
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="58" />
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="59" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="60" />
        <source>Position</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="61" />
        <source>Open sides</source>
        <translation>Offene Seiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="62" />
        <source>Type</source>
        <translation>Standtyp</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="63" />
        <location filename="../../src/boothmanager/gui/properties.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="64" />
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="67" />
        <location filename="../../src/boothmanager/gui/properties.py" line="75" />
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="69" />
        <location filename="../../src/boothmanager/gui/properties.py" line="91" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="69" />
        <source>Venue geometry is an estimate.</source>
        <translation>Die Geometrie des Veranstaltungsorts ist geschätzt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="76" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="77" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="78" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="79" />
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="81" />
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="84" />
        <source>Area at least</source>
        <translation>Fläche mindestens</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="86" />
        <source>Contact (private)</source>
        <translation>Kontakt (privat)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="89" />
        <source>Notes (internal)</source>
        <translation>Notizen (intern)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="91" />
        <source>Placeholder: the name is not known yet.</source>
        <translation>Platzhalter: Der Name ist noch nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="48" />
        <source>reserved for it</source>
        <translation>für ihn reserviert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="50" />
        <source>locked</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="52" />
        <source>kept</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="54" />
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="58" />
        <source>%1, has %2</source>
        <translation>%1, hat %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="60" />
        <source>fits (%1)</source>
        <translation>passt (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="61" />
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="63" />
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="65" />
        <source>wish %1 granted</source>
        <translation>Wunsch %1 erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="67" />
        <source>near stand %1, which has no booth</source>
        <translation>nahe Aussteller %1, der keinen Stand hat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="69" />
        <source>near stand %1 (%2)</source>
        <translation>nahe Aussteller %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="71" />
        <source>theme cluster with stands %1</source>
        <translation>Themengruppe mit Ausstellern %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="74" />
        <source>apart from stand %1</source>
        <translation>getrennt von Aussteller %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="76" />
        <source>next to stand %1 despite keep-apart</source>
        <translation>neben Aussteller %1 trotz Trennungswunsch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="84" />
        <source>no booth of zone %1 is free</source>
        <translation>kein Stand der Zone %1 ist frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="85" />
        <source>no booth is free</source>
        <translation>kein Stand ist frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="87" />
        <source>needs %1; no free booth has it</source>
        <translation>braucht %1; kein freier Stand hat das</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="90" />
        <source>needs %1; the largest free booth has %2</source>
        <translation>braucht %1; der größte freie Stand hat %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="95" />
        <source>%1 stands need %2, %3 free booths have it (%4)</source>
        <translation>%1 Aussteller brauchen %2, %3 freie Stände haben das (%4)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="97" />
        <source>%1 stands compete for %2 booths that fit them (%3)</source>
        <translation>%1 Aussteller konkurrieren um %2 passende Stände (%3)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="38" />
        <source>Wish not granted</source>
        <translation>Wunsch nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="39" />
        <source>Different themes side by side</source>
        <translation>Verschiedene Themen nebeneinander</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="40" />
        <source>Keep-apart stands side by side</source>
        <translation>Zu trennende Aussteller nebeneinander</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="41" />
        <source>Be-near stands, per metre</source>
        <translation>Nähe-Wunsch, je Meter Abstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="42" />
        <source>Unused area, per m²</source>
        <translation>Ungenutzte Fläche, je m²</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="43" />
        <source>Placed stand moved</source>
        <translation>Platzierter Aussteller verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="44" />
        <source>Placed stand left without booth</source>
        <translation>Platzierter Aussteller ohne Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="57" />
        <source>Automatic Assignment</source>
        <translation>Automatische Zuordnung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="61" />
        <source>Points for what is not wanted</source>
        <translation>Punkte für Unerwünschtes</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="69" />
        <source>Compute Proposal</source>
        <translation>Vorschlag berechnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="76" />
        <source>Stand</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="77" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="78" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="79" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="80" />
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="87" />
        <source>Apply Ticked Changes</source>
        <translation>Angehakte Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="126" />
        <source>%1 of %2 stands placed, %3 to change. Points %4, bound %5, gap %6 (%7 %).</source>
        <translation>%1 von %2 Ausstellern platziert, %3 Änderungen. Punkte %4, Schranke %5, Abstand %6 (%7 %).</translation>
    </message>
</context>
<context>
    <name>SnapshotPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="53" />
        <source>Take Snapshot…</source>
        <translation>Planungsstand sichern…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="54" />
        <source>Compare with Now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="69" />
        <source>Since “%1”: %2 change(s)</source>
        <translation>Seit „%1“: %2 Änderung(en)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="79" />
        <source>Take Snapshot</source>
        <translation>Planungsstand sichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="80" />
        <source>Name of the snapshot:</source>
        <translation>Name des Planungsstands:</translation>
    </message>
</context>
<context>
    <name>StandListPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="188" />
        <source>Filter stands…</source>
        <translation>Aussteller filtern…</translation>
    </message>
</context>
<context>
    <name>StandModel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="87" />
        <source>Placeholder: name not known yet</source>
        <translation>Platzhalter: Name noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="103" />
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="104" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="105" />
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="66" />
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="66" />
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="67" />
        <source>assigned</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="71" />
        <source>inline booth</source>
        <translation>Reihenstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="71" />
        <source>corner booth</source>
        <translation>Eckstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="72" />
        <source>peninsula booth</source>
        <translation>Kopfstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="72" />
        <source>island booth</source>
        <translation>Blockstand (Insel)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="73" />
        <source>through booth (open front and back)</source>
        <translation>Durchgangsstand (vorn und hinten offen)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="74" />
        <source>closed on all sides</source>
        <translation>allseitig geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="78" />
        <source>north</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="78" />
        <source>east</source>
        <translation>Ost</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="78" />
        <source>south</source>
        <translation>Süd</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="79" />
        <source>west</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="83" />
        <source>power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="84" />
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="85" />
        <source>pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="86" />
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="87" />
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="88" />
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="89" />
        <source>step-free access</source>
        <translation>stufenloser Zugang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="93" />
        <source>applied</source>
        <translation>beworben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="94" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="95" />
        <source>placed</source>
        <translation>platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="96" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="97" />
        <source>on the waiting list</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="98" />
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="103" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="110" />
        <source>Booth %1 overlaps booth %2</source>
        <translation>Stand %1 überlappt Stand %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="112" />
        <source>Booth %1 is outside the hall</source>
        <translation>Stand %1 liegt außerhalb der Halle</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="114" />
        <source>Booth %1 stands on %2</source>
        <translation>Stand %1 steht auf %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="115" />
        <source>Booth %1 is in a keep-clear zone (%2)</source>
        <translation>Stand %1 liegt in einer Freihaltefläche (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="121" />
        <source>There is no booth “%1”.</source>
        <translation>Es gibt keinen Stand „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="123" />
        <source>There is no stand “%1”.</source>
        <translation>Es gibt keinen Aussteller „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="125" />
        <source>Booth %1 is already occupied by “%2”. Unassign it first.</source>
        <translation>Stand %1 ist bereits mit „%2“ belegt. Heben Sie die Zuordnung zuerst auf.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="127" />
        <source>Booth %1 has no stand assigned.</source>
        <translation>Stand %1 ist nicht belegt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="129" />
        <source>A booth numbered %1 exists already.</source>
        <translation>Einen Stand mit der Nummer %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="131" />
        <source>“%1” names several stands.</source>
        <translation>„%1“ bezeichnet mehrere Aussteller.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="133" />
        <source>Invalid %1 “%2”: %3</source>
        <translation>Ungültige Angabe %1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="135" />
        <source>%1 was written by a newer version of boothmanager. Please update boothmanager to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von boothmanager gespeichert. Bitte aktualisieren Sie boothmanager, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="138" />
        <source>%1 exists already and was not overwritten.</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="140" />
        <source>%1 cannot be opened: %2. The file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="142" />
        <source>%1 was deleted, moved or replaced while it was open; nothing was changed. Save a copy with Save As.</source>
        <translation>%1 wurde gelöscht, verschoben oder ersetzt, während sie geöffnet war; nichts wurde geändert. Speichern Sie eine Kopie mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="144" />
        <source>Booth %1 was changed elsewhere since; nothing was changed.</source>
        <translation>Stand %1 wurde inzwischen an anderer Stelle geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="146" />
        <source>Stand %1 cannot go from “%2” to “%3”.</source>
        <translation>Aussteller %1 kann nicht von „%2“ zu „%3“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="149" />
        <source>Stand %1 was changed elsewhere since; nothing was changed.</source>
        <translation>Aussteller %1 wurde inzwischen an anderer Stelle geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="154" />
        <source>A snapshot named “%1” exists already.</source>
        <translation>Einen Planungsstand „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="156" />
        <source>There is no snapshot “%1”.</source>
        <translation>Es gibt keinen Planungsstand „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="159" />
        <source>The sheet was not imported (%1 problems); nothing was changed.</source>
        <translation>Die Tabelle wurde nicht importiert (%1 Probleme); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="161" />
        <source>%1 is in use by another program; nothing was changed. Try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet; nichts wurde geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="163" />
        <source>%1 is read-only; nothing was changed. Save a copy with Save As.</source>
        <translation>%1 ist schreibgeschützt; nichts wurde geändert. Speichern Sie eine Kopie mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="166" />
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
</TS>