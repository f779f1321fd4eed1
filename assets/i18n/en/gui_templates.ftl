# Templates in the application: the gallery, the form, the preview, the check and saving.
# Every message also exists in ../da/gui_templates.ftl.

templates-title = Templates
templates-subtitle = Pick a template, fill in the fields and save a finished file that follows the design manual.
templates-none = The manual has no templates.
templates-sender = Sender
templates-channel-all = All
templates-channel-print = Print
templates-channel-screen = Screen
templates-channel-email = E-mail
templates-variants = { $count } formats
templates-open-saved = Open saved template …
templates-drop-hint = You can also drag a photo or a .dpskabelon file into the window.
templates-back = ← All templates
templates-variant = Format
# A format button: the ISO 216 name and the trim size, e.g. "A3 · 297 × 420 mm".
templates-variant-iso = { $name } · { $size }
templates-page = Page { $number }
templates-required-legend = Fields marked * must be filled in.
templates-count = { $count } characters · at most { $lines ->
        [one] one line
       *[other] { $lines } lines
    }
templates-qr-placeholder = https://
templates-source-empty = (not filled in)
templates-from-sender = Filled in from the sender in the design manual.
templates-from-person = Filled in from My details under Settings.
templates-photo-choose = Choose photo …
templates-photo-remove = Remove photo
templates-photo-none = No photo chosen.
templates-photo-loading = loading …
templates-photo-size = { $width } × { $height } pixels
templates-photo-unusable = cannot be used (see the check)
templates-photo-focus = Focal point { $x } % from the left, { $y } % from the top. Click the photo in the preview to move it.
templates-photo-dialog = Choose a photo
templates-photo-filter = Photo (JPEG, PNG, WebP)
templates-preview-updating = Updating the preview …
templates-preview-ready = The preview is up to date.
templates-save-heading = Save as
templates-save = Save …
templates-save-fill = Save template …
templates-copy-html = Copy HTML (new Outlook)
templates-html-copied = The e-mail signature was copied as HTML. Paste it under Signatures in Outlook.
templates-saving = Saving …
templates-blocked = Cannot be saved: { $reason }
templates-save-dialog = Save the filled template
templates-save-fill-dialog = Save the template to use it again
templates-open-dialog = Open a saved template
templates-saved-filter = Saved template (.dpskabelon)
templates-save-here = Save
templates-open-here = Open
templates-cancel = Cancel
templates-exists = { $path } already exists. Replace it?
templates-replace = Replace
templates-saved = Saved: { $path }
templates-fill-saved = The template was saved: { $path }
templates-reveal = Show in folder
templates-writing = Writing the file …
templates-check = Check
templates-check-ok = The template follows the design manual.
templates-opened-warnings = The template was opened, but something in the file was skipped: { $warnings }
templates-saved-unreadable = { $path } cannot be opened as a saved template: { $detail }

## My details
settings-person = My details
settings-person-explain = Used in the templates' person fields (business card, letterhead) and in the e-mail signature.
settings-person-name = Name
settings-person-title = Title
settings-person-phone = Direct phone
settings-person-email = E-mail
settings-workplace = My workplace
settings-workplace-none = Not chosen
settings-workplace-explain = Your workplace is the sender that templates and logos show first.
