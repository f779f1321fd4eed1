# The desktop application's texts. Every message also exists in ../da/gui.ftl.

loading = Loading the design manual …
window-title = Designprogram – { $organisation }
value-none = –
rail-version = Version { $version }

## Navigation and shared actions

nav-overview = Overview
nav-logos = Logos
nav-colors = Colours
nav-templates = Templates
nav-export = Export
nav-settings = Settings
action-back = Back
action-cancel = Cancel
action-close = Close
picture-failed = Could not be drawn
notice-copied = Copied: { $value }
notice-settings-failed = The settings could not be saved: { $error }

## Sizes

size-mm = { $width } × { $height } mm
size-px = { $width } × { $height } px
size-px-auto = { $width } px wide

## Overview

overview-about = About the design programme
overview-organisation = Organisation
overview-version = Version
overview-adopted-by = Adopted by
overview-adopted-on = Adopted on
overview-updated-on = Updated on
overview-journal = Journal no.
overview-contact = Contact
overview-count-logos = Logos
overview-count-colors = Colours
overview-count-presets = Formats
overview-count-templates = Templates
overview-count-senders = Senders
overview-count-families = Typefaces
overview-chapters = Chapters
overview-chapter-logos = { $count ->
    [one] 1 logo
   *[other] { $count } logos
}
overview-changes = What changed
overview-change-title = Version { $version } · { $date }

## Logos

logos-title = Logos
logos-count = Showing { $shown } of { $total } logos
logos-search = Search for a logo, a sender or e.g. "coat of arms" …
logos-all-senders = All senders
logos-all-lockups = All lockups
logos-all-colorways = All colourways
logos-clear = Reset
logos-none = No logos match the search
logos-none-hint = Try another word, e.g. "logo", "mark" or the name of your workplace, or reset the filters.
logos-show-more = Show more ({ $count } more)
sender-kommune = Municipality
sender-forvaltning = Department
sender-institution = Institution
colorway-positive = Positive (colour)
colorway-negative = Negative (white)
colorway-black = Black
colorway-greyscale = Greyscale
colorway-spot = One colour (Pantone)

## Logo

detail-missing = The logo is no longer in the manual
detail-lockup = Lockup
detail-colorway = Colourway
detail-background = Background
detail-show-clear-space = Show clear space
detail-show-minimum = Show minimum size
detail-minimum-actual = Minimum size at actual size
detail-allowed = "{ $colorway }" is approved on the background "{ $background }".
detail-not-allowed = "{ $colorway }" must not be used on the background "{ $background }".
detail-use-suggested = Use "{ $colorway }"
detail-export = Export …
detail-rules = Rules for the logo
detail-clear-space = Clear space
detail-clear-space-rule = { $ratio } × { $reference } on every side
detail-minimum = Minimum size
detail-minimum-both = { $mm } mm in print · { $px } px on screen
detail-allowed-backgrounds = Approved backgrounds

## Colours

colors-title = Colours
colors-subtitle = The manual's colours with the values it states. Click a value to copy it.
colors-copy = Copy
color-hex = HEX
color-rgb = RGB
color-cmyk = CMYK
color-pantone-c = Pantone C
color-pantone-u = Pantone U
color-ral = RAL
color-ncs = NCS
matrix-sample = Aa
role-primary = Primary colour
role-secondary = Secondary colour
role-accent = Accent colour
role-neutral = Neutral colour
matrix-title = Contrast between the colours
matrix-explain = Text colour down the side, background across the top. Contrast ratio per WCAG 2.1.
matrix-corner = Text ↓ on background →
matrix-aaa = AAA
matrix-aa = AA
matrix-large = 3:1
matrix-fail = No
matrix-aaa-explain = At least 7:1 – readable body text, also for low vision (AAA).
matrix-aa-explain = At least 4.5:1 – readable body text (AA).
matrix-large-explain = At least 3:1 – large text only (from 18 pt, or 14 pt bold), graphics and icons.
matrix-fail-explain = Below 3:1 – not for text or graphics that carry meaning.

## Templates

template-kind-letterhead = Letterhead
template-kind-business-card = Business card
template-kind-poster = Poster
template-kind-social = Social media post
template-kind-envelope = Envelope
template-kind-presentation = Presentation
template-kind-email-signature = E-mail signature

## Export

export-title = Export
export-subtitle = Choose a logo and a format. The program checks the file against the design manual as you choose.
export-logo = Logo
export-colorway-auto = Automatic (suits the background)
export-transparent = Transparent
export-sender = Sender
export-sender-none = Not stated
export-presets = What is the file for?
medium-print = Print
medium-office = Office
medium-web = Web
medium-social = Social media
export-format = File format
export-page = Whole page with background, bleed and crop marks
format-pdf = PDF
format-png = PNG
format-jpeg = JPEG
format-svg = SVG
format-ico = ICO
export-srgb = sRGB
export-dpi = { $dpi } dpi
export-result = The file
export-file-size = Size
export-resolution = Resolution
export-color-space = Colour space
export-cmyk = CMYK (the manual's own values)
export-display-size = Set in Outlook as
export-print-size = Print size
export-report = Check against the design manual
export-report-waiting = Choose a format and the program checks the file.
export-report-clean = No findings – the file follows the design manual.
severity-blocking = Blocking
severity-warning = Warning
severity-info = For information
export-chapter = The design manual, chapter { $number }: { $name }
export-save = Save …
export-enter-hint = or press Enter
export-need-logo = Choose a logo.
export-need-preset = Choose what the file is for.
export-saving = Saving …
export-blocked = Cannot be saved because the file breaks the design manual: { $reason }
export-save-dialog = Save logo
export-writing = Writing the file …
export-saved = Saved: { $path }
export-failed = The file could not be saved: { $error }
export-reveal = Show in folder
export-pack = Logo pack
export-pack-explain = Every logo in every lockup, colourway and file format the chosen format allows – named by the manual's convention, with a manifest and a read-me for the print shop or sign maker.
export-pack-need-preset = First choose what the files are for.
export-pack-start = Export logo pack …
export-pack-dialog = Choose a folder for the logo pack
export-pack-progress = { $done } of { $total } files
export-pack-done = The logo pack is saved ({ $count } files) in { $path }
export-pack-cancelled = The logo pack was cancelled.


## Settings

settings-title = Settings
settings-language = Language
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-manual = Design manual
settings-manual-embedded = The design manual built into the program
settings-manual-folder = The folder { $path } ({ $why ->
        [settings] chosen here in the settings
        [argument] given with --manual on the command line
        [environment] given with the environment variable DESIGNPROGRAM_MANUAL
       *[other] chosen by the program
    })
settings-manual-explain = The program can read the manual from a folder, e.g. on a shared drive. Changes in the folder show after "Reload".
settings-choose-folder = Choose folder …
settings-use-embedded = Use the built-in one
settings-reload = Reload
settings-export-folder = Default export folder
settings-export-folder-none = None – the dialog opens in the folder used last
settings-clear = Remove
settings-saved-in = Settings are saved in { $path }
settings-not-saved = Settings cannot be saved on this computer.

## Problems in the manual

problems-summary = The design manual has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}. The program shows the valid part.
problems-show = Show problems
problems-hide = Hide problems
problems-error = Error
problems-warning = Warning
