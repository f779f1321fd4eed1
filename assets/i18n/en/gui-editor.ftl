# Edit: the design manual is edited in the program (src/gui/screen/editor*). Every message also exists in
# ../da/gui-editor.ftl.

nav-editor = Edit

editor-title = Edit the design manual
editor-opening = Opening the design manual for editing …
editor-saving = Saving the design manual …
editor-failed = The design manual cannot be opened for editing
editor-embedded = The built-in design manual cannot be edited
editor-embedded-explain = The program is using the design manual built into it. It can be read but not changed. The communications department edits a design manual in a folder, e.g. on a shared drive or in a Git repository.
editor-published = The published design manual cannot be edited
editor-published-explain = The program is using the design manual the communications department published (a bundle in the folder above). A published bundle can be read but not changed: the communications department edits the design manual's folder and publishes a new version from here.
editor-choose-folder-explain = Choose the design manual's folder under Settings → Design manual → Choose folder …. You need to be able to write to the folder to save.
editor-open-settings = Open Settings

## Toolbar

editor-undo = Undo
editor-redo = Redo
editor-save = Save
editor-keys = Ctrl+Z undoes, Ctrl+Y redoes, Ctrl+S saves. Every change is checked as you type.
editor-nothing-to-save = No changes to save.
editor-validating = Checking the design manual …
editor-ready-to-save = Ready to save { $count ->
    [one] one changed file
   *[other] { $count } changed files
}: { $files }.
editor-read-only = Cannot be saved here: { $reason }. Choose a folder you can write to under Settings.
editor-saved = Saved ({ $files }). The program now uses the new values – in the next export too.
editor-discard = Discard my changes and read again
editor-problems = Problems in the design manual ({ $count })
editor-problems-more = … and { $count } more.
editor-no-problems = The design manual has no problems.

## Sections

editor-section-programme = Design programme
editor-section-colors = Colours
editor-section-senders = Senders
editor-section-logos = Logos
editor-section-presets = Formats and templates

## Lists

editor-list-count = Showing { $shown } of { $total }
editor-list-more = Search to find more.
editor-list-none = Nothing matches the search.
editor-new-id = Id, e.g. regnbuen
editor-new-explain = New item: type an id (a–z, 0–9 and -), then fill in the fields.
editor-pick = Choose …
editor-pick-add = Add …

## Examples in empty fields

editor-ph-hex = e.g. #00734a
editor-ph-rgb = empty: the same as HEX
editor-ph-cmyk = e.g. 90, 20, 85, 10
editor-ph-tints = e.g. 80, 60, 40, 20 (optional)
editor-ph-phone = e.g. +45 88 72 00 00 (optional)
editor-ph-email = e.g. name@example.dk (optional)
editor-ph-version = e.g. 2.2
editor-ph-date = year-month-day, e.g. 2026-11-02
editor-ph-number = a number, e.g. 2.5
editor-ph-number-optional = a number (optional)
editor-ph-words = separated by commas (optional)
editor-ph-optional = optional
editor-ph-note = what changed, in Danish

## Design programme

editor-programme = The design programme
editor-changelog = Changelog
editor-changelog-explain = The newest entries, newest first. Older entries stay untouched in the file.
editor-changelog-remove = Remove the entry
editor-bump = New version
editor-bump-explain = Gives the design manual a new version number and puts an entry on top of the changelog.
editor-bump-version = New version
editor-bump-date = Date
editor-bump-adopted = Adopted on this date
editor-bump-note-da = Change (Danish)
editor-bump-note-en = Change (English)
editor-bump-do = Create the new version

## Colours

editor-colors-search = Search the colours …
editor-colors-add = Add colour
editor-colors-none = Choose a colour in the list.
editor-colors-no-sample = No sample: the HEX value is not valid yet.
editor-colors-authored = The sample shows the HEX value as written. Every value is used exactly as written; the program never converts one value into another.
editor-colors-remove = Remove the colour

## Senders

editor-senders-search = Search the senders …
editor-senders-add = Add sender
editor-senders-none = Choose a sender in the list.
editor-senders-remove = Remove the sender
editor-senders-logos = Logos
editor-senders-logos-explain = A sender uses its own logos and those of the senders above it.
editor-senders-no-own-logo = The sender has no logo of its own yet.
editor-senders-inherited = Inherits: { $logos }
editor-senders-give-logo = Give the sender a logo …

## Logos

editor-logos-search = Search the logos …
editor-logos-add = Add logo
editor-logos-none = Choose a logo in the list.
editor-logos-remove = Remove the logo (its whole folder)
editor-logo-general = General
editor-logo-lockups = Lockups and files
editor-logo-colorways = Colourways
editor-logo-rules = Clear space and sizes
editor-lockups-explain = Each lockup has one SVG file per colourway. The reference measure is the measure (e.g. the height of the mark) in the SVG file's units.
editor-lockup-files = Files per colourway
editor-lockup-remove = Remove the lockup
editor-lockup-add = Add lockup
editor-colorways-explain = A colourway says which colour the logo is in and on which backgrounds it may be used.
editor-colorway-remove = Remove the colourway
editor-colorway-add = Add colourway
editor-rules-clear-space = Clear space
editor-rules-clear-space-explain = The clear space on every side is this number times the reference measure.
editor-rules-minimum = Minimum sizes
editor-rules-minimum-explain = The logo's smallest width without clear space. The most specific row applies (lockup and colourway before lockup alone).
editor-rules-minimum-add = Add minimum size
editor-rules-size = Size table
editor-rules-size-explain = The logo's width and position per format.
editor-rules-size-add = Add row
editor-row-remove = Remove the row

## Formats and templates

editor-presets-presets = Formats
editor-presets-templates = Templates
editor-presets-search = Search the formats …
editor-presets-add = Add format
editor-presets-none = Choose a format in the list.
editor-presets-remove = Remove the format
editor-templates-search = Search the templates …
editor-templates-add = Add template
editor-templates-none = Choose a template in the list.
editor-templates-remove = Remove the template

## Choices

editor-choice-ja = Yes
editor-choice-nej = No
editor-choice-primary = Primary
editor-choice-secondary = Secondary
editor-choice-accent = Accent
editor-choice-neutral = Neutral
editor-choice-kommune = Municipality
editor-choice-forvaltning = Department
editor-choice-institution = Institution
editor-choice-own-first = Own logo first
editor-choice-required-first = The required logo first
editor-choice-positive = Positive
editor-choice-negative = Negative
editor-choice-black = Black
editor-choice-greyscale = Greyscale
editor-choice-spot = Spot colour
editor-choice-top-left = Top left
editor-choice-top-center = Top centre
editor-choice-top-right = Top right
editor-choice-center = Centre
editor-choice-bottom-left = Bottom left
editor-choice-bottom-center = Bottom centre
editor-choice-bottom-right = Bottom right
editor-choice-print = Print
editor-choice-office = Office
editor-choice-web = Web
editor-choice-social = Social media
editor-choice-format = Format
editor-choice-favicon = Favicon
editor-choice-signature = E-mail signature
editor-choice-cmyk = CMYK
editor-choice-srgb = sRGB
editor-choice-pdf = PDF
editor-choice-png = PNG
editor-choice-jpeg = JPEG
editor-choice-svg = SVG
editor-choice-ico = ICO

## Importing logo artwork (Logos → Lockups and files)

editor-import-pick = Import SVG …
editor-import-dialog = Choose the logo's SVG file
editor-import-no-dialog = No file dialog can be shown here. Import with designprogram manual import-logo (see docs/manual-editing.md).
editor-importing = Reading the artwork …
editor-import-title = Import artwork: { $logo } · { $lockup } · { $colorway }
editor-import-file = { $file }: { $width } × { $height } user units → { $path }
editor-import-paints = The artwork's colours and the palette
editor-import-exact = { $color } is the palette colour { $id }.
editor-import-near = { $color } is near the palette colour { $id } { $hex } (ΔE2000 { $delta }), but is not it.
editor-import-near-accepted = { $color } becomes the palette colour { $id } { $hex } (ΔE2000 { $delta }, accepted).
editor-import-mapped = { $color } becomes the palette colour { $id } { $hex } (ΔE2000 { $delta }, chosen by you).
editor-import-off = { $color } is not a palette colour; the nearest is { $id } { $hex } (ΔE2000 { $delta }).
editor-import-off-none = { $color } is not a palette colour.
editor-import-map = Use { $id }
editor-import-refused = Refused: { $reason }
editor-import-ready = Ready: the artwork goes in as shown. Save afterwards to write it.
editor-import-confirm = Colours near the palette must be confirmed before the artwork can go in. Nothing has changed.
editor-import-nothing = The artwork cannot be imported. Nothing has changed.
editor-import-accept-near = Use the nearest palette colours
editor-import-apply = Put the artwork in
editor-import-cancel = Cancel
editor-import-no-preview = No preview
editor-import-applied = The artwork is in ({ $path }). Save to write it.

## Publishing

editor-publish = Publish …
editor-publish-dialog = Choose the folder to publish the design manual to
editor-publish-save-first = Save your changes before publishing.
editor-publishing = Publishing the design manual …
editor-publish-no-dialog = No folder dialog can be shown here. Publish with designprogram manual publish --to FOLDER.
