# The design manual as a document (designprogram manual document). Every message also exists in ../da/document.ftl.
document-contents = Contents
document-none = –
document-footer-version = version { $version }
document-footer-page = Page { $page } of { $total }
document-cover-version = Version { $version }
document-cover-adopted = Adopted by { $by } on { $on }
document-cover-updated = Last updated { $on }
document-cover-journal = Journal number { $journal }
document-error-no-font = The design manual contains no font file, so the document cannot be typeset.
document-error-no-palette = The design manual has no colours, so the document has nothing to print with.
document-error-page = Page { $page } could not be made: { $message }

document-intro = About the design programme
document-intro-text = { $programme } brings together the visual identity of { $organisation }: logos, colours, typography, formats and templates. This is version { $version }.
document-intro-same-data = The design programme made this document directly from the same data the program uses when it makes files. That is why the document and the program can never disagree: change a value in the design manual and it changes in both.
document-adoption = Adoption
document-organisation = Organisation
document-programme = Design programme
document-version = Version
document-adopted-by = Adopted by
document-adopted-on = Adopted on
document-updated-on = Updated on
document-journal = Journal number
document-contact = Contact
document-chapters = Chapters of the design manual
document-chapters-text = The program's export checks refer to these chapters.
document-chapter-number = No.
document-chapter-name = Chapter

document-logos = Logo
document-logos-none = The design manual has no logos yet.
document-logo-sender = Sender: { $sender }
document-logo-parts = Parts: { $parts }
document-logo-lockups = Lockups and clear space
document-logo-clear-space = The clear space x is { $ratio } × { $reference } on every side. Nothing else may stand in the clear space. The program includes it in every file.
document-logo-reference = Reference measure: { $reference }
document-logo-min-print = At least { $mm } mm wide in print (x = { $x } mm)
document-logo-min-screen = At least { $px } px wide on screen
document-logo-minimums = Minimum sizes
document-logo-minimums-text = The width of the logo without clear space, in print in mm and on screen in pixels. The program refuses smaller exports.
document-logo-lockup = Lockup
document-logo-colorways = Colourways and backgrounds
document-logo-colorways-text = Each colourway on the backgrounds it may be used on, and on the palette colours it must not be used on (crossed out).
document-logo-main-color = main colour { $color }
document-logo-forbidden = Not on { $color }
document-logo-sizes = Size table
document-logo-width = Width
document-logo-position = Position
document-logo-margin = Distance to edge
document-preset = Format
document-position-top-left = top left
document-position-top-center = top centre
document-position-top-right = top right
document-position-center = centre
document-position-bottom-left = bottom left
document-position-bottom-center = bottom centre
document-position-bottom-right = bottom right

document-colors = Colours
document-colors-text = Every value is the design manual's own. Print uses the CMYK values exactly as stated here, screens HEX and RGB; Pantone, RAL and NCS are for signs, textiles and paint. No value has been converted by the program.
document-color-tints = Tints
document-role-primary = Primary colour
document-role-secondary = Secondary colour
document-role-accent = Accent colour
document-role-neutral = Neutral colour

document-typography = Typography
document-font-roles = Used for
document-font-licence = Licence
document-font-fallback = Fallback
document-font-usage = Usage
document-font-role-headline = headlines
document-font-role-body = body text
document-font-role-office = Office and e-mail
document-font-system = System font: it does not ship with the design programme, so it cannot be shown here.
document-font-specimen = Sphinx of black quartz, judge my vow: æøå

document-senders = Senders
document-senders-text = The municipality, its departments and institutions that send communication, with their contact details and their own logos. A sender may use its own logos and those of the senders above it.
document-sender-kommune = Municipality
document-sender-forvaltning = Department
document-sender-institution = Institution
document-cobranding = Must appear with { $required } ({ $order }, at least { $mm } mm apart)
document-cobranding-own-first = own logo first
document-cobranding-required-first = { $required } first

document-formats = Formats and export
document-formats-text = The formats the program exports to. Print is CMYK with the design manual's own values, bleed and crop marks; screen is sRGB.
document-medium-print = Print
document-medium-office = Office
document-medium-web = Web
document-medium-social = Social media
document-preset-size = Size
document-preset-resolution = Resolution
document-preset-color = Colour space
document-preset-formats = Files
document-preset-display-scale = { $scale } × screen resolution
document-preset-bleed = { $mm } mm bleed
document-preset-crop-marks = crop marks
document-preset-favicon = favicon set
document-preset-signature = e-mail signature

document-templates = Templates
document-templates-none = The design manual has no templates yet.
document-field = Field
document-field-kind = Content
document-field-size = Size
document-field-position = Position (x, y)
document-field-text = text
document-field-image = image

document-changelog = Changelog
document-changelog-empty = No changes have been recorded.
document-date = Date
document-change = Change

document-cli-invalid = The design manual has errors (see above); fix them before printing it as a document (designprogram check).
document-cli-written = The design manual was written as a document: { $pages } pages.
document-cli-failed = The document was not written: { $reason }

document-contrast = Contrast
document-contrast-text = The contrast ratio (WCAG 2.x) of the colours as text (rows) on the colours as background (columns). • marks the pairs that reach the design manual's requirement for body text, { $ratio }:1; the program refuses templates with less contrast.
document-contrast-corner = Text / background

document-date-long = { $day } { $month } { $year }
document-month-1 = January
document-month-2 = February
document-month-3 = March
document-month-4 = April
document-month-5 = May
document-month-6 = June
document-month-7 = July
document-month-8 = August
document-month-9 = September
document-month-10 = October
document-month-11 = November
document-month-12 = December
