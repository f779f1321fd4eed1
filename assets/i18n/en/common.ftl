# Shared texts (CLI and application). Every message also exists in ../da/common.ftl.
app-name = Design programme
lang-name = English
units-mm = { $value } mm
units-px = { $value } px
