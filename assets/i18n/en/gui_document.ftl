# Overview: the design manual as a document. Every message also exists in ../da/gui_document.ftl.
overview-document = The design manual as a document
overview-document-text = A print-ready A4 document (PDF) with logos, clear space, colours, typography, senders, formats, templates and changelog – made from the same data as the program, so they never disagree.
overview-document-save = Save as PDF …
overview-document-dialog = Save the design manual as PDF
overview-document-writing = Making the document …
overview-document-written = Saved: { $path } ({ $pages } pages)
overview-document-failed = The document was not saved: { $error }
