# Editing the design manual (library, CLI and application). Every message also exists in ../da/edit.ftl.

## What an edit concerns

edit-entry-programme = The design programme
edit-entry-changelog = Changelog, item
edit-entry-color = The colour
edit-entry-sender = The sender
edit-entry-logo = The logo
edit-entry-lockup = The lockup
edit-entry-colorway = The colourway
edit-entry-artwork = The logo file
edit-entry-minimum = Minimum size
edit-entry-size = The size table, row
edit-entry-preset = The preset
edit-entry-template = The template

## Field names

edit-key-name-da = Name (Danish)
edit-key-name-en = Name (English)
edit-key-synonyms = Search words
edit-key-version = Version
edit-key-organisation = Organisation
edit-key-short = Short name (in file names)
edit-key-theme-da = Theme (Danish)
edit-key-theme-en = Theme (English)
edit-key-adopted-by = Adopted by
edit-key-adopted-on = Adopted on
edit-key-updated-on = Updated on
edit-key-journal-no = Journal no.
edit-key-contact = Contact
edit-key-date = Date
edit-key-text-da = Text (Danish)
edit-key-text-en = Text (English)
edit-key-role = Role
edit-key-hex = HEX
edit-key-rgb = RGB
edit-key-cmyk = CMYK
edit-key-pantone-c = Pantone C (coated)
edit-key-pantone-u = Pantone U (uncoated)
edit-key-ral = RAL
edit-key-ncs = NCS
edit-key-tints = Allowed tints
edit-key-sender-kind = Kind
edit-key-parent = Belongs to
edit-key-address-lines = Address
edit-key-phone = Phone
edit-key-email = E-mail
edit-key-web = Web
edit-key-opening-hours = Opening hours
edit-key-cobranding-requires = Requires the logo
edit-key-cobranding-order = Order
edit-key-cobranding-separation = Minimum separation
edit-key-sender = Sender
edit-key-chapter = Chapter
edit-key-reference-part = Reference part
edit-key-reference-name-da = Reference measure (Danish)
edit-key-reference-name-en = Reference measure (English)
edit-key-clear-space = Clear space (× the reference measure)
edit-key-lockup-reference = Reference measure in SVG units
edit-key-file = File
edit-key-colorway-kind = Kind
edit-key-main-color = Main colour
edit-key-backgrounds = Allowed backgrounds
edit-key-spot = Spot colour
edit-key-lockup = Lockup
edit-key-colorway = Colourway
edit-key-print-mm = Minimum print width (mm)
edit-key-screen-px = Minimum screen width (px)
edit-key-preset = Preset
edit-key-width-mm = Width (mm)
edit-key-position = Position
edit-key-margin-mm = Margin (mm)
edit-key-medium = Medium
edit-key-preset-kind = Kind
edit-key-height-mm = Height (mm)
edit-key-width-px = Width (px)
edit-key-height-px = Height (px)
edit-key-dpi = Resolution (dpi)
edit-key-bleed-mm = Bleed (mm)
edit-key-crop-marks = Crop marks
edit-key-color-space = Colour space
edit-key-output-intent = Output intent
edit-key-formats = File formats
edit-key-lockups = Allowed lockups
edit-key-display-scale = Display scale
edit-key-template-kind = Kind
edit-key-logo-size = Logo size from preset

## What is wrong at a field

edit-required = Required.
edit-expected-text = Write a text.
edit-expected-date = Write a date like 2026-11-02 (year-month-day).
edit-expected-number = Write a number, e.g. 2.5.
edit-expected-integer = Write a whole number.
edit-expected-bool = Write yes or no.
edit-expected-numbers = Write { $count } numbers separated by commas, e.g. 90, 20, 85, 10.
edit-expected-integers = Write { $count } whole numbers separated by commas.
edit-expected-integer-list = Write whole numbers separated by commas.
edit-expected-choice = Choose one of: { $choices }.
edit-invalid-cmyk = CMYK is four values from 0 to 100, e.g. 90, 20, 85, 10.
edit-invalid-hex = “{ $value }” is not a HEX colour: write # and six digits 0–9/a–f, e.g. #00734a.
edit-invalid-rgb = RGB is three whole numbers from 0 to 255, e.g. 0, 115, 74.
edit-invalid-tint = { $value } % is not an allowed tint: write 1–99.
edit-contact-too-long = At most 80 characters.
edit-contact-control = Contains a control character.
edit-contact-email = “{ $value }” is not an e-mail address: write name@domain.dk.
edit-contact-phone = A phone number may only have digits, spaces and + - ( ).
edit-contact-web = A web address may not contain spaces.

## Edits that cannot be made

edit-error-no-entry = { $entry } does not exist in { $file }.
edit-error-no-key = { $entry } has no field “{ $key }”.
edit-error-exists = { $entry } already exists.
edit-error-invalid-id = “{ $id }” cannot be an id: use 1–48 characters a–z, 0–9 and -.
edit-error-not-newer = Version { $given } is not newer than the current version { $current }.
edit-error-syntax = { $file } is not valid TOML and cannot be edited here; fix it first (designprogram check shows where).
edit-error-read = { $file } cannot be read: { $detail }
edit-error-path = An edit may not write “{ $path }” (only logos/<id>/<name>.svg).
edit-error-read-only = { $folder } cannot be saved to: { $detail }

## Saving

edit-save-invalid = The design manual has { $errors } error(s) and is not saved. Fix them first.
edit-save-conflict = Not saved: { $files } changed on disk since you opened it (someone else saved). Nothing was overwritten.
edit-save-busy = Not saved: someone else is saving right now ({ $holder }). Try again.
edit-save-io = Not saved: { $path }: { $detail }
edit-save-moved = Not saved: someone else saved meanwhile. Try again.

## designprogram manual … (command line)

cli-manual-usage = Wrong usage: { $detail }
cli-manual-needs-folder = Editing needs a design manual folder: use --manual DIR (or DESIGNPROGRAM_MANUAL or the settings). The embedded demonstration manual cannot be edited.
cli-manual-unchanged = Nothing to save: the design manual already has those values.
cli-manual-saved = Saved: { $files } (design manual version { $version }).
