# The application: the export screen (what the file is), file dialogs, the file manager and saving when there
# is no dialog. Every message also exists in ../da/gui_export.ftl.
dialog-unavailable = No file dialog can open on this computer. Type the path in the field – or ask IT to install the desktop portal (xdg-desktop-portal) or the program zenity.
dialog-type-path = No file dialog can open on this computer, so type where to save the file (the proposal follows the manual's naming). The dialog appears once IT has installed the desktop portal (xdg-desktop-portal) or the program zenity.
dialog-type-pack-folder = No file dialog can open on this computer, so type the folder for the logo pack. The dialog appears once IT has installed the desktop portal (xdg-desktop-portal) or the program zenity.
dialog-type-folder = No folder dialog can open on this computer. Type the folder's path:
dialog-path-placeholder = Path of the file
dialog-folder-placeholder = Path of the folder
dialog-save-here = Save
dialog-use-folder = Use the folder
dialog-pack-here = Make the logo pack here
export-exists = The file { $path } already exists.
export-replace = Replace the file
export-pack-exists = The folder { $path } already holds a logo pack.
export-pack-replace = Replace the files
export-pack-beside = Save in a new folder
export-pack-blocked = The logo pack was not made because { $count ->
        [one] one file
       *[other] { $count } files
    } would break the design manual. The first:
export-save-blocked = The file was not saved because it breaks the design manual:
reveal-missing = The folder cannot be shown because the program “{ $program }” is not on this computer (it is in the package { $package }). The file is in { $folder }.
reveal-failed = The folder { $folder } cannot be shown: “{ $program }” said “{ $message }”.
export-what = The file is
export-what-logo = The logo alone, at the size the manual gives it here
export-what-image = An image of the format's size with the logo
export-what-page = The whole page with its background and { $bleed } mm bleed
job-stopped = The work stopped unexpectedly. Try again, and tell IT if it happens again.
reveal-interrupted = The folder { $folder } cannot be shown: the work stopped unexpectedly.
settings-export-folder-now = The save and folder dialogs now open in { $path }
