# Fælles tekster (CLI og program). Hver besked findes også i ../en/common.ftl.
app-name = Designprogram
lang-name = Dansk
units-mm = { $value } mm
units-px = { $value } px
