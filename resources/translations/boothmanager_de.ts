<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="40"/>
        <source>Generate Booth Block</source>
        <translation>Standblock erzeugen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="53"/>
        <source>Rows get letters (A1, A2 … B1)</source>
        <translation>Reihen erhalten Buchstaben (A1, A2 … B1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="59"/>
        <source>e.g. 13, 17-19</source>
        <translation>z. B. 13, 17-19</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="69"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="70"/>
        <source>Corner x (from the west)</source>
        <translation>Ecke x (von Westen)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="71"/>
        <source>Corner y (into the building)</source>
        <translation>Ecke y (ins Gebäude)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="72"/>
        <source>Rows</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="73"/>
        <source>Booths per row</source>
        <translation>Stände je Reihe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="74"/>
        <source>Booth width</source>
        <translation>Standbreite</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="75"/>
        <source>Booth depth</source>
        <translation>Standtiefe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="76"/>
        <source>Aisle between rows</source>
        <translation>Gang zwischen den Reihen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="77"/>
        <source>Number prefix</source>
        <translation>Nummern-Präfix</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="79"/>
        <source>First number</source>
        <translation>Erste Nummer</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="80"/>
        <source>Numbers to skip</source>
        <translation>Auszulassende Nummern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/block_dialog.py" line="118"/>
        <source>%1 booths, %2 to %3; the block covers %4 × %5.</source>
        <translation>%1 Stände, %2 bis %3; der Block belegt %4 × %5.</translation>
    </message>
</context>
<context>
    <name>BoothCommands</name>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="108"/>
        <source>&amp;Booths</source>
        <translation>&amp;Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="109"/>
        <source>&amp;Copy Booths</source>
        <translation>Stände &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="110"/>
        <source>&amp;Paste Booths</source>
        <translation>Stände &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="111"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="112"/>
        <source>Rotate &amp;Left 15°</source>
        <translation>Um 15° nach &amp;links drehen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="113"/>
        <source>Rotate &amp;Right 15°</source>
        <translation>Um 15° nach &amp;rechts drehen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="114"/>
        <source>&amp;Merge Two Booths</source>
        <translation>Zwei Stände &amp;zusammenlegen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="115"/>
        <source>&amp;Split Across the Width</source>
        <translation>In der Breite &amp;teilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="116"/>
        <source>Split Across the &amp;Depth</source>
        <translation>In der &amp;Tiefe teilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="117"/>
        <source>Re&amp;number…</source>
        <translation>&amp;Neu nummerieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="118"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="119"/>
        <source>&amp;Align and Distribute</source>
        <translation>&amp;Ausrichten und verteilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="123"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Waagerecht verteilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="124"/>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Senkrecht verteilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="151"/>
        <source>Rotate booth %1 by %2°</source>
        <translation>Stand %1 um %2° drehen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="152"/>
        <source>Rotate %1 booths by %2°</source>
        <translation>%1 Stände um %2° drehen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="168"/>
        <source>Duplicate booth %1</source>
        <translation>Stand %1 duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="169"/>
        <source>Duplicate %1 booths</source>
        <translation>%1 Stände duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="180"/>
        <source>Copied %1 booth(s)</source>
        <translation>%1 Stand/Stände kopiert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="196"/>
        <source>Paste %1 booth(s)</source>
        <translation>%1 Stand/Stände einfügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="207"/>
        <source>To extend a booth, drag from inside it straight out across one of its sides.</source>
        <translation>Um einen Stand zu erweitern, von innen gerade über eine seiner Seiten hinaus ziehen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="211"/>
        <source>Extend booth %1</source>
        <translation>Stand %1 erweitern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="220"/>
        <source>Resize booth %1</source>
        <translation>Größe von Stand %1 ändern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="231"/>
        <source>Merge booths %1 and %2</source>
        <translation>Stände %1 und %2 zusammenlegen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="243"/>
        <source>Split booth %1</source>
        <translation>Stand %1 teilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="259"/>
        <source>Renumber %1 booths</source>
        <translation>%1 Stände neu nummerieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="272"/>
        <source>Align %1 booths</source>
        <translation>%1 Stände ausrichten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="283"/>
        <source>Distribute %1 booths</source>
        <translation>%1 Stände verteilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="294"/>
        <source>Booth %1: add %2</source>
        <translation>Stand %1: %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="295"/>
        <source>Booth %1: remove %2</source>
        <translation>Stand %1: %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="300"/>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
</context>
<context>
    <name>Booths</name>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="50"/>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="51"/>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="52"/>
        <source>Align &amp;Back Edges</source>
        <translation>&amp;Hintere Kanten ausrichten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="53"/>
        <source>Align &amp;Front Edges</source>
        <translation>&amp;Vordere Kanten ausrichten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="54"/>
        <source>Align &amp;Centres (north–south)</source>
        <translation>&amp;Mitten ausrichten (Nord–Süd)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/booth_commands.py" line="55"/>
        <source>Align Centres (&amp;east–west)</source>
        <translation>Mitten ausrichten (&amp;Ost–West)</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="23"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="61"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="34"/>
        <source>“%1” placed on %2, shared with %3</source>
        <translation>„%1“ auf %2 platziert, geteilt mit %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="39"/>
        <source>“%1” taken off %2, which it shared with %3</source>
        <translation>„%1“ von %2 genommen (zuvor geteilt mit %3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="44"/>
        <source>“%1” moved from %2 to %3, shared with %4</source>
        <translation>„%1“ von %2 nach %3 verschoben, geteilt mit %4</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="55"/>
        <source>room for %1 stands (was %2)</source>
        <translation>Platz für %1 Aussteller (vorher %2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="59"/>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="63"/>
        <source>along the front %1</source>
        <translation>entlang der Front %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="64"/>
        <source>no stand</source>
        <translation>kein Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="90"/>
        <source>%1 east</source>
        <translation>%1 nach Osten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="91"/>
        <source>%1 west</source>
        <translation>%1 nach Westen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="93"/>
        <source>%1 north</source>
        <translation>%1 nach Norden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="94"/>
        <source>%1 south</source>
        <translation>%1 nach Süden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="96"/>
        <source>Booth %1 moved %2</source>
        <translation>Stand %1 verschoben: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="138"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="97"/>
        <source>Booth %1 added</source>
        <translation>Stand %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="139"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="98"/>
        <source>Booth %1 removed</source>
        <translation>Stand %1 entfernt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="140"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="99"/>
        <source>Booth %1 moved</source>
        <translation>Stand %1 verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="141"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="100"/>
        <source>Booth %1 resized</source>
        <translation>Stand %1 in der Größe geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="142"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="101"/>
        <source>Booth %1 turned</source>
        <translation>Stand %1 gedreht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="143"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="102"/>
        <source>Booth %1: open sides changed</source>
        <translation>Stand %1: offene Seiten geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="144"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="103"/>
        <source>Booth %1: amenities changed</source>
        <translation>Stand %1: Ausstattung geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="145"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="104"/>
        <source>Booth %1: reservation changed</source>
        <translation>Stand %1: Reservierung geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="186"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="65"/>
        <source>Shared booth %1: %2</source>
        <translation>Geteilter Stand %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="36"/>
        <source>“%1” placed on %2</source>
        <translation>„%1“ auf %2 platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="42"/>
        <source>“%1” taken off %2</source>
        <translation>„%1“ von %2 genommen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="47"/>
        <source>“%1” moved from %2 to %3</source>
        <translation>„%1“ von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="157"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="115"/>
        <source>Stand “%1” added</source>
        <translation>Aussteller „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="159"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="117"/>
        <source>Stand “%1” removed</source>
        <translation>Aussteller „%1“ entfernt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="119"/>
        <source>Stand “%1”: %2 → %3</source>
        <translation>Aussteller „%1“: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="162"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="121"/>
        <source>Stand “%1” changed (%2)</source>
        <translation>Aussteller „%1“ geändert (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="164"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="123"/>
        <source>Event facts changed (%1)</source>
        <translation>Veranstaltungsdaten geändert (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="165"/>
        <location filename="../../src/boothmanager/gui/diff_wording.py" line="125"/>
        <source>Venue changed (%1)</source>
        <translation>Veranstaltungsort geändert (%1)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="29"/>
        <source>Stand ID (not imported)</source>
        <translation>Stand-ID (wird nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="30"/>
        <source>Booth</source>
        <translation>Standplatz</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="31"/>
        <source>Share of the front (m)</source>
        <translation>Frontanteil (m)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="33"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="35"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="36"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="37"/>
        <source>Contact (free text)</source>
        <translation>Kontakt (Freitext)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="38"/>
        <source>Contact name</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="41"/>
        <source>Area (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="42"/>
        <source>Table length (m)</source>
        <translation>Tischlänge (m)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="43"/>
        <source>Needs power</source>
        <translation>Braucht Strom</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="44"/>
        <source>Needs a table</source>
        <translation>Braucht einen Tisch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="45"/>
        <source>Needs a pinboard</source>
        <translation>Braucht eine Pinnwand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="46"/>
        <source>Needs water</source>
        <translation>Braucht Wasser</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="47"/>
        <source>Needs network</source>
        <translation>Braucht Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="48"/>
        <source>Needs a wall</source>
        <translation>Braucht eine Wand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="49"/>
        <source>Needs step-free access</source>
        <translation>Braucht stufenlosen Zugang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="50"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="51"/>
        <source>Set-up</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="52"/>
        <source>Tear-down</source>
        <translation>Abbau</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="54"/>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="55"/>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="56"/>
        <source>Wished booths</source>
        <translation>Wunschstände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="57"/>
        <source>Wished zones</source>
        <translation>Wunschzonen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="58"/>
        <source>Allowed zones</source>
        <translation>Erlaubte Zonen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="59"/>
        <source>Near stands</source>
        <translation>Nähe zu</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="60"/>
        <source>Keep apart from</source>
        <translation>Nicht neben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="65"/>
        <source>– not imported –</source>
        <translation>– nicht importieren –</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="85"/>
        <source>must be more than 0 and at most %1 m²</source>
        <translation>muss größer als 0 und höchstens %1 m² sein</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="88"/>
        <source>must be more than 0 and at most %1 m</source>
        <translation>muss größer als 0 und höchstens %1 m sein</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="90"/>
        <source>must be at least %1 and at most %2</source>
        <translation>muss mindestens %1 und höchstens %2 sein</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="92"/>
        <source>must be 0 to %1</source>
        <translation>muss 0 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="100"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="103"/>
        <source>no organisation and no project</source>
        <translation>keine Organisation und kein Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="105"/>
        <source>%1: not an e-mail address</source>
        <translation>%1: keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="107"/>
        <source>%1: not one of the event&apos;s themes</source>
        <translation>%1: keins der Themen der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="109"/>
        <source>%1: not a whole number</source>
        <translation>%1: keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="111"/>
        <source>%1: not a number</source>
        <translation>%1: keine Zahl</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="115"/>
        <source>%1: not yes or no (ja/nein, x or empty)</source>
        <translation>%1: nicht ja oder nein (ja/nein, x oder leer)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="117"/>
        <source>%1: not a date and time (e.g. 21.09.2020 08:00)</source>
        <translation>%1: kein Datum mit Uhrzeit (z. B. 21.09.2020 08:00)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="119"/>
        <source>%1: not a status</source>
        <translation>%1: kein Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="122"/>
        <source>%1: too long (at most %2 characters)</source>
        <translation>%1: zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="124"/>
        <source>the event has this stand already (stand %1)</source>
        <translation>die Veranstaltung hat diesen Stand schon (Stand %1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="127"/>
        <source>the same stand as row %1</source>
        <translation>derselbe Stand wie Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="129"/>
        <source>%1: there is no such booth</source>
        <translation>%1: diesen Standplatz gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="131"/>
        <source>%1: row %2 puts a stand there already</source>
        <translation>%1: Zeile %2 setzt schon einen Stand dorthin</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="134"/>
        <source>%1: stand %2 is on it already</source>
        <translation>%1: dort steht schon Stand %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="136"/>
        <source>%1: all %2 places on it are taken (%3)</source>
        <translation>%1: alle %2 Plätze sind belegt (%3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="139"/>
        <source>%1: a share of the front needs a booth in the same row</source>
        <translation>%1: ein Frontanteil braucht einen Stand in derselben Zeile</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="142"/>
        <source>%1: the shares on booth %2 add up to %3, its front is %4</source>
        <translation>%1: die Frontanteile am Stand %2 ergeben zusammen %3, seine Front ist %4 lang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="146"/>
        <source>%1: the shares on booth %2 add up to %3 of its %4 front, too little for %5 more stand(s) (at least %6 each)</source>
        <translation>%1: die Frontanteile am Stand %2 ergeben %3 seiner %4 langen Front, zu wenig für %5 weitere(n) Aussteller (je mindestens %6)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="156"/>
        <source>stand %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="157"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="163"/>
        <source>theme “%1” is nearly the event&apos;s theme “%2”; check the spelling</source>
        <translation>Thema „%1“ ist fast das Thema „%2“ der Veranstaltung; Schreibweise prüfen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="165"/>
        <source>theme “%1” is nearly “%2” of other rows; check the spelling</source>
        <translation>Thema „%1“ ist fast „%2“ anderer Zeilen; Schreibweise prüfen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="173"/>
        <source>it is not a CSV or XLSX sheet that can be read (%1)</source>
        <translation>sie ist keine lesbare CSV- oder XLSX-Tabelle (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="176"/>
        <source>the sheet is empty: it has no header row</source>
        <translation>die Tabelle ist leer: sie hat keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="178"/>
        <source>no column is mapped to the organisation or the project</source>
        <translation>keine Spalte ist der Organisation oder dem Projekt zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="180"/>
        <source>the sheet has no column “%1”</source>
        <translation>die Tabelle hat keine Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="182"/>
        <source>there is no field “%1”</source>
        <translation>es gibt kein Feld „%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="185"/>
        <source>two columns are mapped to “%1” (%2)</source>
        <translation>zwei Spalten sind „%1“ zugeordnet (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_wording.py" line="192"/>
        <source>“%1” cannot be imported: %2. Nothing was changed.</source>
        <translation>„%1“ kann nicht importiert werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="81"/>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="164"/>
        <source>Import Stands</source>
        <translation>Stände importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="84"/>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="196"/>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="86"/>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="88"/>
        <source>Read Again</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="89"/>
        <source>Read the file again, e.g. after fixing rows in it</source>
        <translation>Die Datei neu einlesen, z. B. nachdem Zeilen darin korrigiert wurden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="94"/>
        <source>Worksheet:</source>
        <translation>Arbeitsblatt:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="102"/>
        <source>Columns → fields</source>
        <translation>Spalten → Felder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="137"/>
        <source>Themes must be ones the event&apos;s stands already have</source>
        <translation>Nur Themen, die Stände der Veranstaltung schon haben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="145"/>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="276"/>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="307"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="165"/>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="198"/>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="201"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="230"/>
        <source>Only a column with a header of its own can be mapped</source>
        <translation>Nur eine Spalte mit eigener Überschrift kann zugeordnet werden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="235"/>
        <source>(column %1, no header)</source>
        <translation>(Spalte %1, ohne Überschrift)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="280"/>
        <source>Choose a CSV or XLSX file with one stand per row.</source>
        <translation>Eine CSV- oder XLSX-Datei mit einem Stand pro Zeile wählen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="298"/>
        <source>Click a row to see all its problems.</source>
        <translation>Eine Zeile anklicken, um alle ihre Probleme zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="302"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="310"/>
        <source>Import the Valid Row</source>
        <translation>Die gültige Zeile importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="311"/>
        <source>Import the %1 Valid Rows</source>
        <translation>Die %1 gültigen Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="312"/>
        <source>Import 1 Stand</source>
        <translation>1 Stand importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="313"/>
        <source>Import %1 Stands</source>
        <translation>%1 Stände importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="317"/>
        <source>This mapping cannot be imported: %1.</source>
        <translation>Mit dieser Zuordnung ist kein Import möglich: %1.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="321"/>
        <source>The sheet has no rows below its header; nothing to import.</source>
        <translation>Die Tabelle hat keine Zeilen unter der Kopfzeile; nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="323"/>
        <source>All %1 rows have problems (red), so nothing can be imported. Fix them in the sheet and read it again.</source>
        <translation>Alle %1 Zeilen haben Probleme (rot), daher kann nichts importiert werden. Bitte in der Tabelle korrigieren und neu einlesen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="327"/>
        <source>%1 of %2 rows have problems (red) and are left out; fix them in the sheet and import them later. The %3 valid rows are imported together as one step (one undo), or none of them if the import fails.</source>
        <translation>%1 von %2 Zeilen haben Probleme (rot) und werden ausgelassen; diese bitte in der Tabelle korrigieren und später importieren. Die %3 gültigen Zeilen werden zusammen in einem Schritt importiert (einmal Rückgängig), oder keine, falls der Import scheitert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="333"/>
        <source>All %1 rows are valid. They are imported together as one step (one undo), or none of them if the import fails.</source>
        <translation>Alle %1 Zeilen sind gültig. Sie werden zusammen in einem Schritt importiert (einmal Rückgängig), oder keine, falls der Import scheitert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="338"/>
        <source>1 row has a note (yellow); it is imported as it is.</source>
        <translation>1 Zeile hat einen Hinweis (gelb); sie wird so importiert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="340"/>
        <source>%1 rows have a note (yellow); they are imported as they are.</source>
        <translation>%1 Zeilen haben einen Hinweis (gelb); sie werden so importiert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="343"/>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="346"/>
        <source>The mapping is the one used before for these columns.</source>
        <translation>Die Zuordnung ist die zuletzt für diese Spalten verwendete.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="363"/>
        <source>Import 1 stand from %1</source>
        <translation>1 Stand aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_dialog.py" line="365"/>
        <source>Import %1 stands from %2</source>
        <translation>%1 Stände aus %2 importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_preview.py" line="40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_preview.py" line="55"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/import_preview.py" line="57"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/boothmanager/gui/legend.py" line="119"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/legend.py" line="120"/>
        <source>change requested</source>
        <translation>Änderung erbeten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/legend.py" line="121"/>
        <source>pinned comment</source>
        <translation>Anmerkung im Plan</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/legend.py" line="122"/>
        <source>changed since the last review</source>
        <translation>seit der letzten Prüfung geändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="243"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="244"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="245"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="246"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="247"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="249"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="250"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="251"/>
        <source>New from &amp;Template or Previous Event…</source>
        <translation>Neu aus &amp;Vorlage oder früherer Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="252"/>
        <source>Save Venue as &amp;Template…</source>
        <translation>Veranstaltungsort als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="253"/>
        <source>Open Review &amp;Package…</source>
        <translation>Prüf&amp;paket öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="254"/>
        <source>Send for Re&amp;view…</source>
        <translation>Zur &amp;Prüfung senden…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="255"/>
        <source>&amp;Import Review…</source>
        <translation>Prüfung &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="257"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="258"/>
        <source>&amp;Import Stands…</source>
        <translation>Stände &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="259"/>
        <source>Stand &amp;History…</source>
        <translation>Stand&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="260"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="261"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="262"/>
        <source>U&amp;nassign Stand</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="263"/>
        <source>Generate Booth &amp;Block…</source>
        <translation>Stand&amp;block erzeugen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="264"/>
        <source>&amp;Automatic Assignment…</source>
        <translation>&amp;Automatische Zuordnung…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="265"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="266"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="267"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="268"/>
        <source>&amp;About boothmanager</source>
        <translation>Ü&amp;ber boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="269"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="272"/>
        <source>Stands</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="273"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="274"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="275"/>
        <source>Snapshots</source>
        <translation>Planungsstände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="277"/>
        <source>Main Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="278"/>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="123"/>
        <source>Every change is saved in the file already.</source>
        <translation>Jede Änderung ist bereits in der Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="94"/>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="110"/>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="133"/>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="249"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="384"/>
        <source>Venue geometry is an estimate</source>
        <translation>Geometrie des Veranstaltungsorts geschätzt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="408"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="409"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="410"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="411"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="434"/>
        <source>Assign “%1” to %2</source>
        <translation>„%1“ Stand %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="437"/>
        <source>Unassign booth %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="446"/>
        <source>Move booth %1</source>
        <translation>Stand %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="447"/>
        <source>Move %1 booths</source>
        <translation>%1 Stände verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="459"/>
        <source>Take snapshot “%1”</source>
        <translation>Planungsstand „%1“ sichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="509"/>
        <source>Delete booth %1</source>
        <translation>Stand %1 löschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="510"/>
        <source>Delete %1 booths</source>
        <translation>%1 Stände löschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="522"/>
        <source>Add %1 booths (%2 to %3)</source>
        <translation>%1 Stände hinzufügen (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="530"/>
        <source>Automatic assignment (%1 stands)</source>
        <translation>Automatische Zuordnung (%1 Aussteller)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="580"/>
        <source>Send for Review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="594"/>
        <source>%1 exists and is not a review package; it was not replaced.</source>
        <translation>%1 gibt es schon, und es ist kein Prüfpaket; die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="602"/>
        <source>Wrote the review package %1 (%2 booths, %3 with a stand; kept as the snapshot “%4”).</source>
        <translation>Prüfpaket %1 geschrieben (%2 Stände, %3 davon belegt; als Planungsstand „%4“ festgehalten).</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="608"/>
        <source>Open Review Package</source>
        <translation>Prüfpaket öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="667"/>
        <source>Take All Stands off %1</source>
        <translation>Alle Aussteller von Stand %1 nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="668"/>
        <source>Unassign stand from %1</source>
        <translation>Zuordnung von Stand %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="160"/>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="173"/>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="180"/>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="192"/>
        <source>Open Event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="198"/>
        <source>Save Event As</source>
        <translation>Veranstaltung speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="219"/>
        <source>booth-signs.pdf</source>
        <translation>standschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="220"/>
        <source>Print Booth Signs</source>
        <translation>Standschilder drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="220"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="112"/>
        <source>Saved the venue with %1 booths as the template %2</source>
        <translation>Veranstaltungsort mit %1 Ständen als Vorlage %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="166"/>
        <source>New Event from Template or Previous Event</source>
        <translation>Neue Veranstaltung aus Vorlage oder früherer Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="174"/>
        <source>Booths, numbering and returning stands are kept. Should the stands also keep last time&apos;s booths?</source>
        <translation>Stände, Nummerierung und wiederkommende Aussteller werden übernommen. Sollen die Aussteller auch ihre Stände vom letzten Mal behalten?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="186"/>
        <source>Save Venue as Template</source>
        <translation>Veranstaltungsort als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="240"/>
        <source>No booth has a stand assigned: there is no sign to print.</source>
        <translation>Kein Stand ist belegt: Es gibt kein Schild zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="246"/>
        <source>The signs were not written to %1: choose another PDF file name. A folder, a missing folder or a file that is not a PDF is never used.</source>
        <translation>Die Schilder wurden nicht nach %1 geschrieben: Bitte wählen Sie einen anderen PDF-Dateinamen. Ein Ordner, ein fehlender Ordner oder eine Datei, die kein PDF ist, wird nie verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="251"/>
        <source>Wrote %1 sign(s) to %2</source>
        <translation>%1 Schild(er) nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="255"/>
        <source>Booth signs</source>
        <translation>Standschilder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/file_commands.py" line="256"/>
        <source>The booth signs were written to %1. Open the PDF now?</source>
        <translation>Die Standschilder wurden nach %1 geschrieben. PDF jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="699"/>
        <source>About boothmanager</source>
        <translation>Über boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/main_window.py" line="700"/>
        <source>boothmanager plans the marketplace of a conference: venue, booths, stands and printed signs.</source>
        <translation>boothmanager plant den Markt einer Konferenz: Veranstaltungsort, Stände, Aussteller und gedruckte Schilder.</translation>
    </message>
</context>
<context>
    <name>PlanScene</name>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="133"/>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="134"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="135"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="136"/>
        <source>Seating</source>
        <translation>Sitzbereich</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="137"/>
        <source>No stands</source>
        <translation>Keine Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/plan/scene.py" line="422"/>
        <source>ESTIMATE – venue geometry assumed, not measured</source>
        <translation>SCHÄTZUNG – Geometrie angenommen, nicht gemessen</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/boothmanager/gui/plan/view.py" line="230"/>
        <source>Drag out across one side</source>
        <translation>Über eine Seite hinaus ziehen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/plan/view.py" line="244"/>
        <source>Distance: %1</source>
        <translation>Abstand: %1</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="11"/>
        <source>Booth signs</source>
        <translation>Standschilder</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="12"/>
        <source>Table tents</source>
        <translation>Tischaufsteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="13"/>
        <source>Fascia strips</source>
        <translation>Blenden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="14"/>
        <source>Door poster (stand list)</source>
        <translation>Türplakat (Ausstellerliste)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="15"/>
        <source>Floor plan poster</source>
        <translation>Hallenplan (Plakat)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="16"/>
        <source>Exhibitor directory</source>
        <translation>Ausstellerverzeichnis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="17"/>
        <source>Exhibitor packs (one PDF per stand)</source>
        <translation>Ausstellermappen (ein PDF je Stand)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="18"/>
        <source>Pick list for set-up</source>
        <translation>Packliste für den Aufbau</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="24"/>
        <source>As the level is wide or tall</source>
        <translation>Wie die Ebene (quer oder hoch)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="30"/>
        <source>the booth number</source>
        <translation>die Standnummer</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="31"/>
        <source>the word “Booth” above the number</source>
        <translation>das Wort „Stand“ über der Nummer</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="32"/>
        <source>the stand&apos;s name</source>
        <translation>der Name des Stands</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="33"/>
        <source>the organisation</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="34"/>
        <source>the QR code</source>
        <translation>der QR-Code</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="35"/>
        <source>the web address under the QR code</source>
        <translation>die Webadresse unter dem QR-Code</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="36"/>
        <source>the line with the event and its date</source>
        <translation>die Zeile mit Veranstaltung und Datum</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="37"/>
        <source>the marketplace&apos;s name</source>
        <translation>der Name des Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="38"/>
        <source>the page number</source>
        <translation>die Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="39"/>
        <source>the column headings</source>
        <translation>die Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="40"/>
        <source>some of the text</source>
        <translation>ein Teil des Textes</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="46"/>
        <source>Table tents are printed on portrait sheets and folded across the middle.</source>
        <translation>Tischaufsteller werden auf Blätter im Hochformat gedruckt und in der Mitte gefaltet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="47"/>
        <source>Fascia strips are the two halves of a landscape sheet.</source>
        <translation>Blenden sind die beiden Hälften eines Blatts im Querformat.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="48"/>
        <source>The door poster is a portrait poster.</source>
        <translation>Das Türplakat ist ein Plakat im Hochformat.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="49"/>
        <source>Exhibitor packs are A4 portrait letters.</source>
        <translation>Ausstellermappen sind Briefe in A4 hoch.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="50"/>
        <source>The exhibitor directory is an A5 or A4 portrait booklet.</source>
        <translation>Das Ausstellerverzeichnis ist ein Heft in A5 oder A4 hoch.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="51"/>
        <source>The pick list is printed on A4 or A3.</source>
        <translation>Die Packliste wird auf A4 oder A3 gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="52"/>
        <source>This piece is not made for that paper.</source>
        <translation>Dieses Druckstück gibt es für dieses Papier nicht.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="72"/>
        <source>Not legible on this paper: %1 would be too small to read from where people stand. Choose %2 or larger.</source>
        <translation>Auf diesem Papier nicht lesbar: %1 wäre zu klein, um aus der üblichen Entfernung gelesen zu werden. Wählen Sie %2 oder größer.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="75"/>
        <source>Not legible on this paper: %1 would be too small to read from where people stand. Choose a larger paper.</source>
        <translation>Auf diesem Papier nicht lesbar: %1 wäre zu klein, um aus der üblichen Entfernung gelesen zu werden. Wählen Sie ein größeres Papier.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="79"/>
        <source>Not made for %1 %2. %3</source>
        <translation>Nicht für %1 %2 vorgesehen. %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="92"/>
        <source>Nothing changed since the last print of this piece: nothing to print.</source>
        <translation>Seit dem letzten Druck dieses Druckstücks hat sich nichts geändert: nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="94"/>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="388"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="96"/>
        <source>Nothing was written to %1: choose another name. A folder, a missing folder or a file that is not a PDF is never replaced.</source>
        <translation>Nach %1 wurde nichts geschrieben: Wählen Sie einen anderen Namen. Ein Ordner, ein fehlender Ordner oder eine Datei, die kein PDF ist, wird nie ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="100"/>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="82"/>
        <source>No bundled font has the characters %1 (in “%2”); the fonts cover Latin, Greek, Cyrillic and Arabic. Nothing was printed.</source>
        <translation>Keine mitgelieferte Schrift hat die Zeichen %1 (in „%2“); die Schriften decken Lateinisch, Griechisch, Kyrillisch und Arabisch ab. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="86"/>
        <source>The logo of “%1” is not an image that can be printed (%2). Give the stand another logo or none; nothing was printed.</source>
        <translation>Das Logo von „%1“ ist kein druckbares Bild (%2). Geben Sie dem Stand ein anderes oder kein Logo; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="90"/>
        <source>No chosen booth has a stand assigned: nothing to print.</source>
        <translation>Kein gewählter Stand ist belegt: Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="93"/>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="326"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="131"/>
        <source>All booths with a stand</source>
        <translation>Alle Stände mit Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="132"/>
        <source>The %1 booth(s) selected on the plan</source>
        <translation>Die %1 im Plan ausgewählten Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="133"/>
        <source>The booths selected on the plan (none are)</source>
        <translation>Die im Plan ausgewählten Stände (keiner ausgewählt)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="134"/>
        <source>Changed since the last print</source>
        <translation>Seit dem letzten Druck geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="174"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="175"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="185"/>
        <source>Piece</source>
        <translation>Druckstück</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="186"/>
        <source>Booths</source>
        <translation>Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="187"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="188"/>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="189"/>
        <source>Language of the labels</source>
        <translation>Sprache der Beschriftung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="236"/>
        <source>Write packs…</source>
        <translation>Mappen schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="290"/>
        <source>Every booth; %1 highlighted.</source>
        <translation>Alle Stände; %1 hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="291"/>
        <source>Every stand of the event.</source>
        <translation>Alle Stände der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="297"/>
        <source>%1 booth(s) will be printed.</source>
        <translation>%1 Stand/Stände werden gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="304"/>
        <source>Preview, page %1 of %2</source>
        <translation>Vorschau, Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="322"/>
        <source>Folder for the exhibitor packs</source>
        <translation>Ordner für die Ausstellermappen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="327"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="359"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="411"/>
        <source>Wrote %1 exhibitor pack(s) into %2.</source>
        <translation>%1 Ausstellermappe(n) in %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="413"/>
        <source>Wrote %1 page(s) to %2.</source>
        <translation>%1 Seite(n) nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="423"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="22"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_wording.py" line="23"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="171"/>
        <location filename="../../src/boothmanager/gui/print_dialog.py" line="238"/>
        <source>Write PDF…</source>
        <translation>PDF schreiben…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="23"/>
        <source>Locked: the automatic assignment keeps it</source>
        <translation>Gesperrt: die automatische Zuteilung behält sie bei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="28"/>
        <source>booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="29"/>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="76"/>
        <source>Select a booth on the plan or a stand in the list.</source>
        <translation>Wählen Sie einen Stand im Plan oder ein Projekt in der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="86"/>
        <location filename="../../src/boothmanager/gui/properties.py" line="122"/>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="87"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="90"/>
        <source>%1 m² (L or U shape; main part %2)</source>
        <translation>%1 m² (L- oder U-Form; Hauptteil %2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="92"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="93"/>
        <source>Position</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="94"/>
        <source>Open sides</source>
        <translation>Offene Seiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="95"/>
        <source>Type</source>
        <translation>Standtyp</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="96"/>
        <location filename="../../src/boothmanager/gui/properties.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="97"/>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="99"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="101"/>
        <location filename="../../src/boothmanager/gui/properties.py" line="118"/>
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="110"/>
        <location filename="../../src/boothmanager/gui/properties.py" line="128"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="112"/>
        <location filename="../../src/boothmanager/gui/properties.py" line="141"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="112"/>
        <source>Venue geometry is an estimate.</source>
        <translation>Die Geometrie des Veranstaltungsorts ist geschätzt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="119"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="120"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="121"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="122"/>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="125"/>
        <source>Shares the booth with</source>
        <translation>Teilt den Stand mit</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="130"/>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="133"/>
        <source>Area at least</source>
        <translation>Fläche mindestens</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="136"/>
        <source>Contact (private)</source>
        <translation>Kontakt (privat)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="139"/>
        <source>Notes (internal)</source>
        <translation>Notizen (intern)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="141"/>
        <source>Placeholder: the name is not known yet.</source>
        <translation>Platzhalter: Der Name ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="146"/>
        <source>Wishes</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="149"/>
        <source>Allowed zones</source>
        <translation>Erlaubte Zonen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="152"/>
        <source>Near</source>
        <translation>In der Nähe von</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/properties.py" line="153"/>
        <source>Keep apart from</source>
        <translation>Nicht neben</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="41"/>
        <source>stand %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="62"/>
        <source>shares booth %1 with %2</source>
        <translation>teilt Stand %1 mit %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="65"/>
        <source>reserved for it</source>
        <translation>für ihn reserviert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="67"/>
        <source>locked</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="69"/>
        <source>kept</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="71"/>
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="75"/>
        <source>%1, has %2</source>
        <translation>%1, hat %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="77"/>
        <source>fits (%1)</source>
        <translation>passt (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="78"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="80"/>
        <source>table %1 fits (%2 frontage)</source>
        <translation>Tisch %1 passt (%2 Front)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="83"/>
        <source>from the waiting list</source>
        <translation>von der Warteliste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="85"/>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="87"/>
        <source>wish %1 granted</source>
        <translation>Wunsch %1 erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="89"/>
        <source>near stand %1, which has no booth</source>
        <translation>nahe Aussteller %1, der keinen Stand hat</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="91"/>
        <source>near stand %1 (%2)</source>
        <translation>nahe Aussteller %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="93"/>
        <source>theme cluster with stands %1</source>
        <translation>Themengruppe mit Ausstellern %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="96"/>
        <source>apart from stand %1</source>
        <translation>getrennt von Aussteller %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="98"/>
        <source>next to stand %1 despite keep-apart</source>
        <translation>neben Aussteller %1 trotz Trennungswunsch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="107"/>
        <source>would share booth %1 with %2, which it is to be kept apart from</source>
        <translation>müsste Stand %1 mit %2 teilen, von dem er getrennt bleiben soll</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="111"/>
        <source>no booth of zone %1 is free</source>
        <translation>kein Stand der Zone %1 ist frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="112"/>
        <source>no booth is free</source>
        <translation>kein Stand ist frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="114"/>
        <source>needs %1; no free booth has it</source>
        <translation>braucht %1; kein freier Stand hat das</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="117"/>
        <source>needs %1; the largest free booth has %2</source>
        <translation>braucht %1; der größte freie Stand hat %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="120"/>
        <source>needs %1 of frontage for its table; the longest free booth has %2</source>
        <translation>braucht %1 Front für seinen Tisch; der längste freie Standplatz hat %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="126"/>
        <source>on the waiting list: the %1 places that fit it go to %2 stands ahead of it (%3)</source>
        <translation>auf der Warteliste: die %1 passenden Plätze gehen an %2 Aussteller vor ihm (%3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="129"/>
        <source>on the waiting list: the %1 booths that fit it go to %2 stands ahead of it (%3)</source>
        <translation>auf der Warteliste: die %1 passenden Standplätze gehen an %2 Stände vor ihm (%3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="136"/>
        <source>%1 stands need %2, %3 free places have it (%4)</source>
        <translation>%1 Aussteller brauchen %2, %3 freie Plätze haben das (%4)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="139"/>
        <source>%1 stands compete for %2 places that fit them (%3)</source>
        <translation>%1 Aussteller konkurrieren um %2 passende Plätze (%3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="143"/>
        <source>%1 stands need %2, %3 free booths have it (%4)</source>
        <translation>%1 Aussteller brauchen %2, %3 freie Stände haben das (%4)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_wording.py" line="145"/>
        <source>%1 stands compete for %2 booths that fit them (%3)</source>
        <translation>%1 Aussteller konkurrieren um %2 passende Stände (%3)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="38"/>
        <source>Wish not granted</source>
        <translation>Wunsch nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="39"/>
        <source>Different themes side by side</source>
        <translation>Verschiedene Themen nebeneinander</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="40"/>
        <source>Keep-apart stands side by side</source>
        <translation>Zu trennende Aussteller nebeneinander</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="41"/>
        <source>Be-near stands, per metre</source>
        <translation>Nähe-Wunsch, je Meter Abstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="42"/>
        <source>Unused area, per m²</source>
        <translation>Ungenutzte Fläche, je m²</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="43"/>
        <source>Placed stand moved</source>
        <translation>Platzierter Aussteller verschoben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="44"/>
        <source>Placed stand left without booth</source>
        <translation>Platzierter Aussteller ohne Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="57"/>
        <source>Automatic Assignment</source>
        <translation>Automatische Zuordnung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="61"/>
        <source>Points for what is not wanted</source>
        <translation>Punkte für Unerwünschtes</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="69"/>
        <source>Compute Proposal</source>
        <translation>Vorschlag berechnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="77"/>
        <source>Stand</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="78"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="79"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="80"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="81"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="88"/>
        <source>Apply Ticked Changes</source>
        <translation>Angehakte Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/proposal_dialog.py" line="127"/>
        <source>%1 of %2 stands placed, %3 to change. Points %4, bound %5, gap %6 (%7 %).</source>
        <translation>%1 von %2 Ausstellern platziert, %3 Änderungen. Punkte %4, Schranke %5, Abstand %6 (%7 %).</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="27"/>
        <source>Renumber Booths</source>
        <translation>Stände neu nummerieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="30"/>
        <source>Rows get letters (A1, A2 … B1)</source>
        <translation>Reihen erhalten Buchstaben (A1, A2 … B1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="36"/>
        <source>e.g. 13, 17-19</source>
        <translation>z. B. 13, 17-19</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="44"/>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="46"/>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="47"/>
        <source>Leave out:</source>
        <translation>Auslassen:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="68"/>
        <source>Leave out numbers like 13, 17-19.</source>
        <translation>Nummern wie 13, 17-19 auslassen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="74"/>
        <source>Rows from the front: A1, A2 … then B1 …</source>
        <translation>Reihen von vorn: A1, A2 … dann B1 …</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/renumber_dialog.py" line="76"/>
        <source>In reading order: </source>
        <translation>In Leserichtung: </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="22"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="24"/>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="38"/>
        <source>change requested</source>
        <translation>Änderung erbeten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="25"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="30"/>
        <source>approve the plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="32"/>
        <source>changes needed</source>
        <translation>Änderungen nötig</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="33"/>
        <source>no verdict yet</source>
        <translation>noch kein Gesamturteil</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="37"/>
        <source>approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="39"/>
        <source>pinned comment</source>
        <translation>Anmerkung im Plan</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="40"/>
        <source>verdict</source>
        <translation>Gesamturteil</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="45"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="46"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="53"/>
        <source>Enter your name as the reviewer.</source>
        <translation>Geben Sie Ihren Namen als Prüfer/in ein.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="55"/>
        <source>The reviewer&apos;s name must be one line of at most 100 characters.</source>
        <translation>Der Name muss eine Zeile mit höchstens 100 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="58"/>
        <source>Nothing answered yet: approve an assignment, request a change, pin a comment or give a verdict.</source>
        <translation>Noch nichts beantwortet: Geben Sie eine Zuteilung frei, erbitten Sie eine Änderung, setzen Sie eine Anmerkung oder geben Sie ein Gesamturteil ab.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="63"/>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="66"/>
        <source>Booth %1: say in the comment what should change.</source>
        <translation>Stand %1: Schreiben Sie in die Anmerkung, was sich ändern soll.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="69"/>
        <source>Booth %1 has a comment but no answer: approve it or request a change.</source>
        <translation>Stand %1 hat eine Anmerkung, aber keine Antwort: Geben Sie ihn frei oder erbitten Sie eine Änderung.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="73"/>
        <source>Booth %1: the comment is too long.</source>
        <translation>Stand %1: Die Anmerkung ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="75"/>
        <source>The comment on the verdict is too long.</source>
        <translation>Der Hinweis zum Gesamturteil ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="91"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="94"/>
        <source>%1 was changed by another program since it was opened, so your answers were not saved into it and the file was left as it is. Close review mode and open the package again.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert; Ihre Antworten wurden daher nicht hineingespeichert, die Datei blieb unverändert. Schließen Sie den Prüfmodus und öffnen Sie das Paket erneut.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="99"/>
        <source>%1 was not opened: %2.</source>
        <translation>%1 wurde nicht geöffnet: %2.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="102"/>
        <source>%1 is damaged or incomplete (%2). It was not opened; ask for the package again.</source>
        <translation>%1 ist beschädigt oder unvollständig (%2). Die Datei wurde nicht geöffnet; bitte fordern Sie das Paket erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="106"/>
        <source>%1 was made by another version of boothmanager (%2). It was not opened.</source>
        <translation>%1 wurde mit einer anderen Version von boothmanager erstellt (%2). Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="110"/>
        <source>%1 was changed after it was sent for review: %2. It cannot be trusted and was not opened; ask for a fresh package.</source>
        <translation>%1 wurde nach dem Versand zur Prüfung verändert: %2. Dem Paket ist nicht zu trauen, es wurde nicht geöffnet; bitte fordern Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="114"/>
        <source>%1 is refused: %2. It was not opened.</source>
        <translation>%1 wird abgelehnt: %2. Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="117"/>
        <source>The answers in %1 cannot be used: %2. Nothing was changed.</source>
        <translation>Die Antworten in %1 sind nicht verwendbar: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="121"/>
        <source>%1 could not be written: %2. Your answers are still open here.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Ihre Antworten sind hier noch offen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="124"/>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="208"/>
        <source>The answers of “%1” in %2 were imported already; nothing was changed.</source>
        <translation>Die Antworten von „%1“ in %2 wurden schon importiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="212"/>
        <source>%1 holds no answers yet; nothing was changed.</source>
        <translation>%1 enthält noch keine Antworten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_wording.py" line="215"/>
        <source>%1 is not a review of this event (%2); nothing was changed.</source>
        <translation>%1 ist keine Prüfung dieser Veranstaltung (%2); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="55"/>
        <source>booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="60"/>
        <source>the whole plan</source>
        <translation>den ganzen Plan</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="172"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="173"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="174"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="175"/>
        <source>Comment</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="176"/>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="177"/>
        <source>Show done</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="178"/>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="254"/>
        <source>Show Changes Since</source>
        <translation>Änderungen seitdem zeigen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="179"/>
        <source>Import Review…</source>
        <translation>Prüfung importieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="196"/>
        <source>%1 open of %2; %3 open about an older version</source>
        <translation>%1 von %2 offen; %3 offen zu einer älteren Fassung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="198"/>
        <source>No review answers imported yet.</source>
        <translation>Noch keine Prüfantworten importiert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="70"/>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="219"/>
        <source>reviewed an older version</source>
        <translation>hat eine ältere Fassung geprüft</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="58"/>
        <source>%2 / %3 (%1)</source>
        <translation>%2 / %3 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="253"/>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="258"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="257"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="259"/>
        <source>Show Changes Since “%1”</source>
        <translation>Änderungen seit „%1“ zeigen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="265"/>
        <source>%1 by %2 on %3 (package “%4”; verdict: %5)</source>
        <translation>%1 von %2 zu %3 (Paket „%4“; Gesamturteil: %5)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="269"/>
        <source>Booth %1, stand %2: %3 by %4 (package “%5”)</source>
        <translation>Stand %1, Aussteller %2: %3 von %4 (Paket „%5“)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="276"/>
        <source>⚠ Reviewed an older version: the plan changed here since “%1”.</source>
        <translation>⚠ Ältere Fassung geprüft: Der Plan hat sich hier seit „%1“ geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="281"/>
        <source>Imported %1 by %2</source>
        <translation>Importiert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="323"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="362"/>
        <source>Mark review item %1 done</source>
        <translation>Prüfpunkt %1 als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="364"/>
        <source>Reopen review item %1</source>
        <translation>Prüfpunkt %1 wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="388"/>
        <source>Import review of %1</source>
        <translation>Prüfung von %1 importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="401"/>
        <source>Imported %1 review item(s) of %2; %3 about an older version</source>
        <translation>%1 Prüfpunkt(e) von %2 importiert; %3 zu einer älteren Fassung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="412"/>
        <source>Import Review</source>
        <translation>Prüfung importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_panel.py" line="427"/>
        <source>Booth %1 is no longer in the event.</source>
        <translation>Stand %1 gibt es in der Veranstaltung nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="130"/>
        <source>&amp;Save Answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="131"/>
        <source>&amp;Pin Comment</source>
        <translation>Anmerkung &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="132"/>
        <source>Click on the plan to pin a comment to that spot</source>
        <translation>Klicken Sie in den Plan, um dort eine Anmerkung zu setzen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="133"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="134"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="135"/>
        <source>Review Toolbar</source>
        <translation>Prüfung-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="136"/>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="148"/>
        <source>This copy holds the answers of this reviewer. Another reviewer answers a fresh copy of the package.</source>
        <translation>Diese Kopie enthält die Antworten dieser Person. Weitere Prüfer/innen beantworten eine eigene Kopie des Pakets.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="169"/>
        <source>Review package “%1” of %2, sent by %3 on %4.</source>
        <translation>Prüfpaket „%1“ von %2, verschickt von %3 am %4.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="172"/>
        <source>The plan and the list are read-only; your answers are saved into the package.</source>
        <translation>Plan und Liste sind schreibgeschützt; Ihre Antworten werden im Paket gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="179"/>
        <source>This is the first review of the event.</source>
        <translation>Dies ist die erste Prüfung der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="181"/>
        <source>Changes since the review “%1”: %2 (marked ⚠ in the list and on the plan)</source>
        <translation>Änderungen seit der Prüfung „%1“: %2 (in der Liste und im Plan mit ⚠ markiert)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="187"/>
        <source>Review of %1 (%2) – %3[*] – boothmanager</source>
        <translation>Prüfung von %1 (%2) – %3[*] – boothmanager</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="307"/>
        <source>%1 of %2 assignments answered (%3 approved, %4 change requested), %5 pinned comment(s).</source>
        <translation>%1 von %2 Zuteilungen beantwortet (%3 freigegeben, %4 Änderung erbeten), %5 Anmerkung(en) im Plan.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="311"/>
        <source>Everything is saved.</source>
        <translation>Alles ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="313"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="335"/>
        <source>Answers saved into %1</source>
        <translation>Antworten gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="358"/>
        <source>Unsaved answers</source>
        <translation>Nicht gespeicherte Antworten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_window.py" line="359"/>
        <source>Your answers are not saved in the package yet. Save them now?</source>
        <translation>Ihre Antworten sind noch nicht im Paket gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_mode.py" line="21"/>
        <source>Review package refused</source>
        <translation>Prüfpaket abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="47"/>
        <source>booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="58"/>
        <source>Your comment on this spot (%1, marked + on the plan):</source>
        <translation>Ihre Anmerkung zu dieser Stelle (%1, im Plan mit + markiert):</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="60"/>
        <source>Your comment on this spot:</source>
        <translation>Ihre Anmerkung zu dieser Stelle:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="99"/>
        <source>Click the spot on the plan the comment is about (Esc: cancel).</source>
        <translation>Klicken Sie auf die Stelle im Plan, um die es geht (Esc: abbrechen).</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="110"/>
        <source>Comment at %1, %2</source>
        <translation>Anmerkung bei %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="157"/>
        <source>Edit Comment</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_pins.py" line="195"/>
        <source>Pinned Comments (%1)</source>
        <translation>Anmerkungen im Plan (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="65"/>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="66"/>
        <source>Stand</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="67"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="68"/>
        <source>Comment</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="81"/>
        <source>changed since the last review</source>
        <translation>seit der letzten Prüfung geändert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="85"/>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="87"/>
        <source>Shared booth: stand %1 of %2 along the front, with %3</source>
        <translation>Geteilter Stand: Aussteller %1 von %2 entlang der Front, mit %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="227"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="228"/>
        <source>Request Change</source>
        <translation>Änderung erbitten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="229"/>
        <source>No Answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="230"/>
        <source>Comment:</source>
        <translation>Anmerkung:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="231"/>
        <source>What should change, or a note</source>
        <translation>Was sich ändern soll, oder ein Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="232"/>
        <source>Pin Comment on Plan</source>
        <translation>Anmerkung in den Plan setzen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="233"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="234"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="235"/>
        <source>Click “Pin Comment on Plan”, then click the spot on the plan the comment is about.</source>
        <translation>Klicken Sie auf „Anmerkung in den Plan setzen“ und dann auf die Stelle im Plan, um die es geht.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="237"/>
        <source>Assignments</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="238"/>
        <source>Pinned Comments</source>
        <translation>Anmerkungen im Plan</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="239"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="240"/>
        <source>Your verdict</source>
        <translation>Ihr Gesamturteil</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="241"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="242"/>
        <source>A note on the whole plan</source>
        <translation>Ein Hinweis zum ganzen Plan</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="243"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer/in:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="243"/>
        <source>Ver&amp;dict:</source>
        <translation>&amp;Gesamturteil:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="244"/>
        <source>&amp;Note:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="250"/>
        <source>Save Answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="258"/>
        <source>Answer for “%2” on booth %1</source>
        <translation>Antwort für „%2“ auf Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="262"/>
        <source>Answer for booth %1</source>
        <translation>Antwort zu Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/review_sidebar.py" line="256"/>
        <source>Choose an assignment to answer</source>
        <translation>Wählen Sie eine Zuteilung zum Beantworten</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="44"/>
        <source>&amp;Take a Stand off the Booth</source>
        <translation>&amp;Aussteller vom Stand nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="53"/>
        <source>Share booth %1: add “%2”</source>
        <translation>Stand %1 teilen: „%2“ dazu</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="61"/>
        <source>Take “%1” off booth %2</source>
        <translation>„%1“ von Stand %2 nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="76"/>
        <source>Booth %1: each stand needs at least %2 of the front; “%3” would get %4. Nothing was changed.</source>
        <translation>Stand %1: Jeder Aussteller braucht mindestens %2 der Front; „%3“ bekäme %4. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="83"/>
        <source>Booth %1: the parts add up to %2, but the front is %3 long. Nothing was changed.</source>
        <translation>Stand %1: Die Frontanteile ergeben zusammen %2, die Front ist aber %3 lang. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="90"/>
        <source>Split the front of booth %1</source>
        <translation>Front von Stand %1 aufteilen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="97"/>
        <source>Change the order of the stands on booth %1</source>
        <translation>Reihenfolge der Aussteller auf Stand %1 ändern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="105"/>
        <source>Booth %1: up to %2 stands (automatic assignment)</source>
        <translation>Stand %1: bis zu %2 Aussteller (automatische Zuteilung)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="118"/>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="132"/>
        <source>Take “%1” off the Booth</source>
        <translation>„%1“ vom Stand nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="147"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="153"/>
        <source>Booth %1 is taken by %2. Swap, or share the booth?

Swap: “%3” goes to %1, “%4” goes to %5.
Share: “%3” joins %1 too; the front is split among its stands.</source>
        <translation>Stand %1 ist mit %2 belegt. Tauschen oder den Stand teilen?

Tauschen: „%3“ kommt auf %1, „%4“ auf %5.
Teilen: „%3“ kommt zusätzlich auf %1; die Front wird unter den Ausstellern aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="160"/>
        <source>Booth %1 is taken by %2. Share the booth?

“%3” joins %1 too; the front is split among its stands.</source>
        <translation>Stand %1 ist mit %2 belegt. Den Stand teilen?

„%3“ kommt zusätzlich auf %1; die Front wird unter den Ausstellern aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="165"/>
        <source>Booth Taken</source>
        <translation>Stand belegt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="169"/>
        <source>S&amp;hare the Booth</source>
        <translation>Stand &amp;teilen</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="51"/>
        <source>Each stand&apos;s share of the front (%1):</source>
        <translation>Frontanteil je Aussteller (Front %1):</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="68"/>
        <source>Take “%1” off booth %2 (the stand stays in the event)</source>
        <translation>„%1“ von Stand %2 nehmen (der Aussteller bleibt in der Veranstaltung)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="81"/>
        <source>Apply Split</source>
        <translation>Aufteilung übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="91"/>
        <source>Stands (automatic assignment): up to</source>
        <translation>Aussteller (automatische Zuteilung): bis zu</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="99"/>
        <source>How many stands the automatic assignment may put on this booth; by hand you can share it with more.</source>
        <translation>Wie viele Aussteller die automatische Zuteilung auf diesen Stand setzen darf; von Hand können Sie ihn mit mehr teilen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="112"/>
        <source>Move “%1” one place along the front, before “%2”</source>
        <translation>„%1“ entlang der Front einen Platz vor „%2“ rücken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="130"/>
        <source>Share of the front of “%1”</source>
        <translation>Frontanteil von „%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="138"/>
        <source>The rest of the front: change the others</source>
        <translation>Der Rest der Front: Ändern Sie die anderen Anteile</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="166"/>
        <source>Too long together: the last stand needs at least %1.</source>
        <translation>Zusammen zu lang: Der letzte Aussteller braucht mindestens %1.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/share_panel.py" line="171"/>
        <source>The last part follows from the others.</source>
        <translation>Der letzte Anteil ergibt sich aus den anderen.</translation>
    </message>
</context>
<context>
    <name>SnapshotPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="75"/>
        <source>Take Snapshot…</source>
        <translation>Planungsstand sichern…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="76"/>
        <source>Compare with Now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="77"/>
        <source>Print Changes…</source>
        <translation>Änderungen drucken…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="78"/>
        <source>Write the listed changes and the plan with them marked to a PDF</source>
        <translation>Die aufgeführten Änderungen und den Plan mit ihnen markiert als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="97"/>
        <source>Since “%1”: %2 change(s)</source>
        <translation>Seit „%1“: %2 Änderung(en)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="111"/>
        <source>Take Snapshot</source>
        <translation>Planungsstand sichern</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="112"/>
        <source>Name of the snapshot:</source>
        <translation>Name des Planungsstands:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="127"/>
        <source>Changes since %1.pdf</source>
        <translation>Änderungen seit %1.pdf</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="129"/>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="177"/>
        <source>Print Changes</source>
        <translation>Änderungen drucken</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="130"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="158"/>
        <source>The changes were not written to %1: choose another PDF file name. A folder, a missing folder or a file that is not a PDF is never used.</source>
        <translation>Die Änderungen wurden nicht in %1 gespeichert: Bitte einen anderen PDF-Dateinamen wählen. Ein Ordner, ein fehlender Ordner oder eine Datei, die kein PDF ist, wird nie verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="164"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/snapshots_panel.py" line="168"/>
        <source>The changes since “%1” were written to %2 (%3 page(s)). Open the PDF now?</source>
        <translation>Die Änderungen seit „%1“ wurden in %2 gespeichert (%3 Seite(n)). PDF jetzt öffnen?</translation>
    </message>
</context>
<context>
    <name>StandCommands</name>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="48"/>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="111"/>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="118"/>
        <source>&amp;Edit Stand…</source>
        <translation>Stand &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="49"/>
        <source>Booth &amp;Zone…</source>
        <translation>&amp;Zone des Standplatzes…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="82"/>
        <source>&amp;Unlock Placement</source>
        <translation>Platzierung &amp;entsperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="82"/>
        <source>&amp;Lock Placement</source>
        <translation>Platzierung &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="97"/>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="124"/>
        <source>Unlock Placement on %1</source>
        <translation>Platzierung auf %1 entsperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="99"/>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="124"/>
        <source>Lock Placement on %1</source>
        <translation>Platzierung auf %1 sperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="102"/>
        <source>Zone of %1…</source>
        <translation>Zone von %1…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="106"/>
        <source>Edit “%1”…</source>
        <translation>„%1“ bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="128"/>
        <source>Take the Stand off Booth %1</source>
        <translation>Aussteller von Stand %1 nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="145"/>
        <source>Lock placement on %1</source>
        <translation>Platzierung auf %1 sperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="146"/>
        <source>Unlock placement on %1</source>
        <translation>Platzierung auf %1 entsperren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="180"/>
        <source>The placement of “%1” on booth %2 is locked. Unlock it first.</source>
        <translation>Die Platzierung von „%1“ auf Stand %2 ist gesperrt. Bitte zuerst entsperren.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="188"/>
        <source>Booth %1 is taken by “%2”. Swap the two stands?

“%3” goes to %1, “%2” goes to %4.</source>
        <translation>Stand %1 ist mit „%2“ belegt. Die beiden Aussteller tauschen?

„%3“ kommt auf %1, „%2“ auf %4.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="191"/>
        <source>Swap Stands</source>
        <translation>Stände tauschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="196"/>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="173"/>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="197"/>
        <location filename="../../src/boothmanager/gui/share_commands.py" line="178"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="212"/>
        <source>Swap “%1” and “%2”</source>
        <translation>„%1“ und „%2“ tauschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="240"/>
        <source>Put booth %1 in zone “%2”</source>
        <translation>Stand %1 in Zone „%2“ legen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="241"/>
        <source>Take booth %1 out of its zone</source>
        <translation>Stand %1 aus seiner Zone nehmen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="252"/>
        <source>Booth Zone</source>
        <translation>Zone des Standplatzes</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="253"/>
        <source>Zone of booth %1 (empty: none). Stands&apos; zone rules and wishes name it:</source>
        <translation>Zone von Stand %1 (leer: keine). Zonenregeln und Wünsche der Aussteller nennen sie:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_commands.py" line="292"/>
        <source>Edit stand “%1”</source>
        <translation>Stand „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>StandEditor</name>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="46"/>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="46"/>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="52"/>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="53"/>
        <source>the file is too large (%1; at most 5 MB)</source>
        <translation>die Datei ist zu groß (%1; höchstens 5 MB)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="54"/>
        <source>it is not an image, or the image is damaged</source>
        <translation>sie ist kein Bild, oder das Bild ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="55"/>
        <source>a %1 image; PNG or JPEG only</source>
        <translation>ein %1-Bild; nur PNG oder JPEG</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="56"/>
        <source>%1 pixels is too small to print (at least 32 on each side)</source>
        <translation>%1 Pixel ist zu klein für den Druck (mindestens 32 je Seite)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="57"/>
        <source>%1 pixels is too large (at most 8000 on each side)</source>
        <translation>%1 Pixel ist zu groß (höchstens 8000 je Seite)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="59"/>
        <source>“%1” cannot be the logo: %2.</source>
        <translation>„%1“ kann nicht das Logo sein: %2.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="80"/>
        <source>Edit Stand – %1</source>
        <translation>Aussteller bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="83"/>
        <source>Wishes and Zones</source>
        <translation>Wünsche und Zonen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="84"/>
        <source>Near and Apart</source>
        <translation>Nähe und Abstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="85"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="104"/>
        <source>Wishes, strongest first</source>
        <translation>Wünsche, der wichtigste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="115"/>
        <source>Add Wish</source>
        <translation>Wunsch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="117"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="119"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="121"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="131"/>
        <source>Allowed zones (none ticked: any booth)</source>
        <translation>Erlaubte Zonen (keine angehakt: jeder Stand)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="136"/>
        <source>New zone name</source>
        <translation>Name einer neuen Zone</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="138"/>
        <source>Add Zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="207"/>
        <source>Filter stands…</source>
        <translation>Aussteller filtern…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="213"/>
        <source>Stand</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="213"/>
        <source>Near</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="213"/>
        <source>Keep apart</source>
        <translation>Nicht neben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="234"/>
        <source>Near: placed close by. Keep apart: never on neighbouring booths.</source>
        <translation>Nähe: in der Nähe platziert. Nicht neben: nie auf benachbarten Ständen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="284"/>
        <source>Choose Image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="286"/>
        <source>Remove Logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="297"/>
        <source>PNG or JPEG, at most 5 MB, 32 to 8000 pixels on each side.</source>
        <translation>PNG oder JPEG, höchstens 5 MB, 32 bis 8000 Pixel je Seite.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="307"/>
        <source>Choose Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="308"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="331"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_editor.py" line="339"/>
        <source>%1 (%2 × %3 pixels, %4 kB)</source>
        <translation>%1 (%2 × %3 Pixel, %4 kB)</translation>
    </message>
</context>
<context>
    <name>StandHistory</name>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="41"/>
        <source>no booth</source>
        <translation>kein Standplatz</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="51"/>
        <source>Booth</source>
        <translation>Standplatz</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="69"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="70"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="71"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="72"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="73"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="89"/>
        <source>Select a stand to see its history.</source>
        <translation>Einen Stand auswählen, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="93"/>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="111"/>
        <source>no changes yet</source>
        <translation>noch keine Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stand_history.py" line="134"/>
        <source>Stand History – %1</source>
        <translation>Standverlauf – %1</translation>
    </message>
</context>
<context>
    <name>StandListPanel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="271"/>
        <source>Filter stands…</source>
        <translation>Aussteller filtern…</translation>
    </message>
</context>
<context>
    <name>StandModel</name>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="66"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="133"/>
        <source>Placement locked: the automatic assignment keeps it</source>
        <translation>Platzierung gesperrt: die automatische Zuteilung behält sie bei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="135"/>
        <source>Placeholder: name not known yet</source>
        <translation>Platzhalter: Name noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="151"/>
        <source>Stand</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="152"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/stands.py" line="153"/>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="49"/>
        <source>Column</source>
        <translation>Säule</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="50"/>
        <source>Stairs</source>
        <translation>Treppe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="51"/>
        <source>Lift</source>
        <translation>Aufzug</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="52"/>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="53"/>
        <source>Cloakroom</source>
        <translation>Garderobe</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="54"/>
        <source>Desk</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="55"/>
        <source>Fire extinguisher</source>
        <translation>Feuerlöscher</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="56"/>
        <source>Wall hydrant</source>
        <translation>Wandhydrant</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="57"/>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="63"/>
        <source>Main entrance</source>
        <translation>Haupteingang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="64"/>
        <source>Emergency exit</source>
        <translation>Notausgang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="65"/>
        <source>Door to a hall</source>
        <translation>Tür zu einem Saal</translation>
    </message>
</context>
<context>
    <name>VenueCommands</name>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="173"/>
        <source>&amp;Select and Move</source>
        <translation>&amp;Auswählen und verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="173"/>
        <source>Draw &amp;Booth</source>
        <translation>&amp;Stand zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="174"/>
        <source>Draw Hall &amp;Outline</source>
        <translation>Hallen&amp;umriss zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="174"/>
        <source>Draw &amp;Exit</source>
        <translation>&amp;Ausgang zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="175"/>
        <source>Draw O&amp;bstacle</source>
        <translation>&amp;Hindernis zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="176"/>
        <source>Draw &amp;Keep-Clear Zone</source>
        <translation>&amp;Freihaltefläche zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="177"/>
        <source>Draw &amp;Non-Exhibit Area</source>
        <translation>&amp;Fläche ohne Stände zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="178"/>
        <source>&amp;Measure Distance</source>
        <translation>Abstand &amp;messen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="179"/>
        <source>&amp;Calibrate Background…</source>
        <translation>Hintergrund &amp;kalibrieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="180"/>
        <source>&amp;Place Background</source>
        <translation>Hintergrund &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="181"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="181"/>
        <source>Booth</source>
        <translation>Standplatz</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="182"/>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="182"/>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="183"/>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="184"/>
        <source>No stands</source>
        <translation>Keine Stände</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="184"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="185"/>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="186"/>
        <source>Place</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="191"/>
        <source>&amp;Venue</source>
        <translation>&amp;Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="192"/>
        <source>&amp;Import Background…</source>
        <translation>Hintergrund &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="193"/>
        <source>Background &amp;Opacity…</source>
        <translation>&amp;Deckkraft des Hintergrunds…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="194"/>
        <source>&amp;Remove Background</source>
        <translation>Hintergrund &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="195"/>
        <source>Add &amp;Level…</source>
        <translation>&amp;Ebene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="196"/>
        <source>Remove Current Level</source>
        <translation>Aktuelle Ebene entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="197"/>
        <source>&amp;Layers</source>
        <translation>&amp;Ebenen der Anzeige</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="198"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="199"/>
        <source>Obstacles and Areas</source>
        <translation>Hindernisse und Flächen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="199"/>
        <source>Keep-Clear Zones</source>
        <translation>Freihalteflächen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="200"/>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="200"/>
        <source>Amenity Icons</source>
        <translation>Ausstattungssymbole</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="203"/>
        <source>Drawing Tools</source>
        <translation>Zeichenwerkzeuge</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="204"/>
        <source>Snap:</source>
        <translation>Raster:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="226"/>
        <source>Click a point of the background, then the place on the plan where it belongs.</source>
        <translation>Klicken Sie einen Punkt des Hintergrunds an, dann die Stelle im Plan, an die er gehört.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="230"/>
        <source>Click two points of the background whose distance you know.</source>
        <translation>Klicken Sie zwei Punkte des Hintergrunds an, deren Abstand Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="233"/>
        <source>Click the corners of the hall; double-click or Enter closes the outline.</source>
        <translation>Klicken Sie die Ecken der Halle an; Doppelklick oder Eingabetaste schließt den Umriss.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="286"/>
        <source>Draw booth %1</source>
        <translation>Stand %1 zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="295"/>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="303"/>
        <source>Draw %1</source>
        <translation>%1 zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="391"/>
        <source>Move background by %1</source>
        <translation>Hintergrund um %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="594"/>
        <source>Move %1 venue parts</source>
        <translation>%1 Teile des Veranstaltungsorts verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="595"/>
        <source>Move venue part</source>
        <translation>Teil des Veranstaltungsorts verschieben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="613"/>
        <source>Edit venue part</source>
        <translation>Teil des Veranstaltungsorts bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="183"/>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="297"/>
        <source>Keep clear</source>
        <translation>Freihalten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="299"/>
        <source>Draw keep-clear zone</source>
        <translation>Freihaltefläche zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="311"/>
        <source>Draw hall outline (%1 corners)</source>
        <translation>Hallenumriss zeichnen (%1 Ecken)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="330"/>
        <source>Draw exit %1 (%2)</source>
        <translation>Ausgang %1 zeichnen (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="359"/>
        <source>Calibrate background to %1</source>
        <translation>Hintergrund auf %1 kalibrieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="367"/>
        <source>Calibrate Background</source>
        <translation>Hintergrund kalibrieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="368"/>
        <source>The two points are %1 apart on the plan now. How far apart are they really (metres)?</source>
        <translation>Die beiden Punkte liegen im Plan jetzt %1 auseinander. Wie weit liegen sie wirklich auseinander (Meter)?</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="401"/>
        <source>Import Background</source>
        <translation>Hintergrund importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="402"/>
        <source>Plans (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.dxf);;All files (*)</source>
        <translation>Pläne (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.dxf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="418"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="418"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="476"/>
        <source>Import background %1</source>
        <translation>Hintergrund %1 importieren</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="479"/>
        <source>Background imported. Calibrate it: Venue &gt; Calibrate Background, then click two points whose distance you know.</source>
        <translation>Hintergrund importiert. Kalibrieren Sie ihn: Veranstaltungsort &gt; Hintergrund kalibrieren, dann zwei Punkte mit bekanntem Abstand anklicken.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="487"/>
        <source>Background Opacity</source>
        <translation>Deckkraft des Hintergrunds</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="488"/>
        <source>Opacity (per cent):</source>
        <translation>Deckkraft (Prozent):</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="501"/>
        <source>Background opacity %1 %</source>
        <translation>Deckkraft des Hintergrunds %1 %</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="511"/>
        <source>Remove background</source>
        <translation>Hintergrund entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="526"/>
        <source>Add Level</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="526"/>
        <source>Name of the level:</source>
        <translation>Name der Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="537"/>
        <source>Add level %1</source>
        <translation>Ebene %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="548"/>
        <source>Remove level %1</source>
        <translation>Ebene %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="563"/>
        <source>Delete %1 venue parts</source>
        <translation>%1 Teile des Veranstaltungsorts löschen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_commands.py" line="564"/>
        <source>Delete venue part</source>
        <translation>Teil des Veranstaltungsorts löschen</translation>
    </message>
</context>
<context>
    <name>VenuePartDialog</name>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="43"/>
        <source>Edit Venue Part</source>
        <translation>Teil des Veranstaltungsorts bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="55"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="56"/>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="66"/>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="73"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="57"/>
        <source>Clear width:</source>
        <translation>Lichte Breite:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="58"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="63"/>
        <source>Can be moved for the event</source>
        <translation>Kann für die Veranstaltung weggeräumt werden</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="67"/>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="74"/>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/venue_part_dialog.py" line="77"/>
        <source>Why it stays clear:</source>
        <translation>Warum die Fläche frei bleibt:</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="68"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="68"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="69"/>
        <source>assigned</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="73"/>
        <source>inline booth</source>
        <translation>Reihenstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="73"/>
        <source>corner booth</source>
        <translation>Eckstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="74"/>
        <source>peninsula booth</source>
        <translation>Kopfstand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="74"/>
        <source>island booth</source>
        <translation>Blockstand (Insel)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="75"/>
        <source>through booth (open front and back)</source>
        <translation>Durchgangsstand (vorn und hinten offen)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="76"/>
        <source>closed on all sides</source>
        <translation>allseitig geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="80"/>
        <source>north</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="80"/>
        <source>east</source>
        <translation>Ost</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="80"/>
        <source>south</source>
        <translation>Süd</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="81"/>
        <source>west</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="85"/>
        <source>power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="86"/>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="87"/>
        <source>pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="88"/>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="89"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="90"/>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="91"/>
        <source>chairs</source>
        <translation>Stühle</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="92"/>
        <source>step-free access</source>
        <translation>stufenloser Zugang</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="96"/>
        <source>applied</source>
        <translation>beworben</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="97"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="98"/>
        <source>placed</source>
        <translation>platziert</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="99"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="100"/>
        <source>on the waiting list</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="101"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="106"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="113"/>
        <source>Booth %1 overlaps booth %2</source>
        <translation>Stand %1 überlappt Stand %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="115"/>
        <source>Booth %1 is outside the hall</source>
        <translation>Stand %1 liegt außerhalb der Halle</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="117"/>
        <source>Booth %1 stands on %2</source>
        <translation>Stand %1 steht auf %2</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="119"/>
        <source>Booth %1 stands in an area without stands (%2)</source>
        <translation>Stand %1 steht in einer Fläche ohne Stände (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="120"/>
        <source>Booth %1 is in a keep-clear zone (%2)</source>
        <translation>Stand %1 liegt in einer Freihaltefläche (%2)</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="145"/>
        <source>There is no booth “%1”.</source>
        <translation>Es gibt keinen Stand „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="147"/>
        <source>There is no stand “%1”.</source>
        <translation>Es gibt keinen Aussteller „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="149"/>
        <source>Booth %1 is already occupied by “%2”. Unassign it first.</source>
        <translation>Stand %1 ist bereits mit „%2“ belegt. Heben Sie die Zuordnung zuerst auf.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="151"/>
        <source>Booth %1 has no stand assigned.</source>
        <translation>Stand %1 ist nicht belegt.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="153"/>
        <source>A booth numbered %1 exists already.</source>
        <translation>Einen Stand mit der Nummer %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="155"/>
        <source>“%1” names several stands.</source>
        <translation>„%1“ bezeichnet mehrere Aussteller.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="159"/>
        <source>Booth %1 would be %2 × %3; every side must be at least %4.</source>
        <translation>Stand %1 wäre %2 × %3 groß; jede Seite muss mindestens %4 lang sein.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="163"/>
        <source>A booth cannot be merged with itself.</source>
        <translation>Ein Stand kann nicht mit sich selbst zusammengelegt werden.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="164"/>
        <source>Booths %1 and %2 cannot be merged: they do not share a side.</source>
        <translation>Die Stände %1 und %2 können nicht zusammengelegt werden: Sie haben keine gemeinsame Seite.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="165"/>
        <source>Booths %1 and %2 cannot be merged: both hold a stand. Unassign one of them first.</source>
        <translation>Die Stände %1 und %2 lassen sich nicht zusammenlegen: Beide sind belegt. Geben Sie zuerst einen davon frei.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="166"/>
        <source>Booths %1 and %2 cannot be merged: they are on different levels.</source>
        <translation>Die Stände %1 und %2 lassen sich nicht zusammenlegen: Sie liegen auf verschiedenen Ebenen.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="169"/>
        <source>The numbers %1 are already taken by booths outside the selection. Select those booths too, or renumber them first.</source>
        <translation>Die Nummern %1 sind bereits an Stände außerhalb der Auswahl vergeben. Wählen Sie diese Stände mit aus oder nummerieren Sie sie zuerst um.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="171"/>
        <source>Invalid %1 “%2”: %3</source>
        <translation>Ungültige Angabe %1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="173"/>
        <source>%1 was written by a newer version of boothmanager. Please update boothmanager to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von boothmanager gespeichert. Bitte aktualisieren Sie boothmanager, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="176"/>
        <source>%1 exists already and was not overwritten.</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="178"/>
        <source>%1 cannot be opened: %2. The file was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="180"/>
        <source>%1 was deleted, moved or replaced while it was open; nothing was changed. Save a copy with Save As.</source>
        <translation>%1 wurde gelöscht, verschoben oder ersetzt, während sie geöffnet war; nichts wurde geändert. Speichern Sie eine Kopie mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="182"/>
        <source>Booth %1 was changed elsewhere since; nothing was changed.</source>
        <translation>Stand %1 wurde inzwischen an anderer Stelle geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="184"/>
        <source>Level %1 was changed elsewhere since; nothing was changed.</source>
        <translation>Ebene %1 wurde inzwischen anderswo geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="186"/>
        <source>%1 cannot be used as a background: %2. Nothing was changed.</source>
        <translation>%1 kann nicht als Hintergrund verwendet werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="190"/>
        <source>%1 is not a usable venue template: %2. Nothing was changed.</source>
        <translation>%1 ist keine verwendbare Vorlage für einen Veranstaltungsort: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="192"/>
        <source>Stand %1 cannot go from “%2” to “%3”.</source>
        <translation>Aussteller %1 kann nicht von „%2“ zu „%3“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="195"/>
        <source>Stand %1 was changed elsewhere since; nothing was changed.</source>
        <translation>Aussteller %1 wurde inzwischen an anderer Stelle geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="200"/>
        <source>A snapshot named “%1” exists already.</source>
        <translation>Einen Planungsstand „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="202"/>
        <source>There is no snapshot “%1”.</source>
        <translation>Es gibt keinen Planungsstand „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="205"/>
        <source>The sheet was not imported (%1 problems); nothing was changed.</source>
        <translation>Die Tabelle wurde nicht importiert (%1 Probleme); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="207"/>
        <source>%1 is in use by another program; nothing was changed. Try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet; nichts wurde geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="209"/>
        <source>%1 is read-only; nothing was changed. Save a copy with Save As.</source>
        <translation>%1 ist schreibgeschützt; nichts wurde geändert. Speichern Sie eine Kopie mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../../src/boothmanager/gui/wording.py" line="212"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
</TS>
