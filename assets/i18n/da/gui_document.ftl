# Oversigt: designmanualen som dokument. Hver besked findes også i ../en/gui_document.ftl.
overview-document = Designmanualen som dokument
overview-document-text = Et trykklart A4-dokument (PDF) med logoer, frirum, farver, typografi, afsendere, formater, skabeloner og ændringslog – dannet af de samme data som programmet, så de aldrig er uenige.
overview-document-save = Gem som PDF …
overview-document-dialog = Gem designmanualen som PDF
overview-document-writing = Danner dokumentet …
overview-document-written = Gemt: { $path } ({ $pages } sider)
overview-document-failed = Dokumentet blev ikke gemt: { $error }
