# PDF-motoren (export::pdf): skrifter og billeder. Hver besked findes også i ../en/pdf.ftl.
export-error-font = Skriften { $font } kunne ikke indlejres i PDF-filen: { $message }
export-error-image = { $page }: billedet kan ikke placeres: { $message }
