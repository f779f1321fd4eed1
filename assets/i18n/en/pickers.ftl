# Long lists in the interface: searchable choices and the colours screen with many colours. Every message is
# also in ../da/pickers.ftl.

picker-search = Search { $count } …
picker-more = { $count } more – type more in the search field to find them
colors-search = Search by colour name, HEX or id among { $count } colours …
colors-shown = Showing { $shown } of { $total } colours
colors-show-more = Show more ({ $count } more)
colors-pick = Show contrast
colors-picked = Chosen for contrast
matrix-chosen-title = Contrast for { $color }
matrix-chosen-explain = The manual has many colours, so contrast is shown for one colour at a time: { $color } as text on each colour on show, and each of them as text on { $color }. Choose another colour with “Show contrast”.
matrix-as-text = { $color } as text on …
matrix-as-background = … as text on { $color }
logos-sender-caption = Sender: { $sender }
