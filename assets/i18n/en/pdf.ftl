# The PDF engine (export::pdf): fonts and images. Every message also exists in ../da/pdf.ftl.
export-error-font = The font { $font } could not be embedded in the PDF: { $message }
export-error-image = { $page }: the image cannot be placed: { $message }
