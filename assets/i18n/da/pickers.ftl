# Lange lister i brugerfladen: søgbare valg og farveskærmen ved mange farver. Hver besked findes også i
# ../en/pickers.ftl.

picker-search = Søg blandt { $count } …
picker-more = { $count } mere – skriv mere i søgefeltet for at finde dem
colors-search = Søg efter farve, HEX eller id blandt { $count } farver …
colors-shown = Viser { $shown } af { $total } farver
colors-show-more = Vis flere ({ $count } mere)
colors-pick = Vis kontrast
colors-picked = Valgt til kontrast
matrix-chosen-title = Kontrast for { $color }
matrix-chosen-explain = Manualen har mange farver, så kontrasten vises for én farve ad gangen: { $color } som tekst på hver af de viste farver, og hver af dem som tekst på { $color }. Vælg en anden farve med »Vis kontrast«.
matrix-as-text = { $color } som tekst på …
matrix-as-background = … som tekst på { $color }
logos-sender-caption = Afsender: { $sender }
