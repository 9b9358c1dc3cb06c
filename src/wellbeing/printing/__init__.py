"""PDFs and printing: Qt GUI classes, no widgets."""
