# Programmet: eksportskærmen (hvad filen er), fildialoger, filhåndteringen og at gemme, når der ingen dialog er.
# Hver besked findes også i ../en/gui_export.ftl.
dialog-unavailable = Der kan ikke åbnes en fildialog på denne computer. Skriv stien i feltet – eller bed IT om at installere skrivebordsportalen (xdg-desktop-portal) eller programmet zenity.
dialog-type-path = Der kan ikke åbnes en fildialog på denne computer, så skriv, hvor filen skal gemmes (forslaget følger manualens navngivning). Dialogen kommer, når IT har installeret skrivebordsportalen (xdg-desktop-portal) eller programmet zenity.
dialog-type-pack-folder = Der kan ikke åbnes en fildialog på denne computer, så skriv, hvilken mappe logopakken skal i. Dialogen kommer, når IT har installeret skrivebordsportalen (xdg-desktop-portal) eller programmet zenity.
dialog-type-folder = Der kan ikke åbnes en mappedialog på denne computer. Skriv mappens sti:
dialog-path-placeholder = Sti til filen
dialog-folder-placeholder = Sti til mappen
dialog-save-here = Gem
dialog-use-folder = Brug mappen
dialog-pack-here = Lav logopakken her
export-exists = Filen { $path } findes allerede.
export-replace = Erstat filen
export-pack-exists = Mappen { $path } indeholder allerede en logopakke.
export-pack-replace = Erstat filerne
export-pack-beside = Gem i en ny mappe
export-pack-blocked = Logopakken blev ikke lavet, fordi { $count ->
        [one] en fil
       *[other] { $count } filer
    } ville bryde designmanualen. Den første:
export-save-blocked = Filen blev ikke gemt, fordi den bryder designmanualen:
reveal-missing = Mappen kan ikke vises, fordi programmet »{ $program }« ikke findes på denne computer (det hører til pakken { $package }). Filen ligger i { $folder }.
reveal-failed = Mappen { $folder } kan ikke vises: »{ $program }« svarede »{ $message }«.
export-what = Filen er
export-what-logo = Logoet alene, i den størrelse manualen giver det her
export-what-image = Et billede i formatets størrelse med logoet
export-what-page = Hele siden med baggrund og { $bleed } mm beskæring
job-stopped = Arbejdet stoppede uventet. Prøv igen, og giv IT besked, hvis det sker igen.
reveal-interrupted = Mappen { $folder } kan ikke vises: arbejdet stoppede uventet.
settings-export-folder-now = Gem- og mappedialogerne åbner nu i { $path }
