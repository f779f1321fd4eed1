//! Pagination: sections start on a new page with their heading; blocks that do not fit on the page continue
//! on the next one.

use super::Ctx;
use super::canvas::{Anchor, Canvas, Type};
use super::style::{BOTTOM, MARGIN_X, TOP, size};

/// A page being laid out.
pub struct Draft {
    /// Index of the section it belongs to.
    pub section: usize,
    /// Its drawing.
    pub canvas: Canvas,
}

/// A section: its number and title, and the index of its first page among the flowed pages.
pub struct Section {
    /// Number as printed.
    pub number: String,
    /// Title.
    pub title: String,
    /// Index of its first page in [`Flow::pages`].
    pub first_page: usize,
}

/// The flowed pages and the cursor on the current one.
pub struct Flow<'c, 'm> {
    /// Shared context.
    pub ctx: &'c Ctx<'m>,
    /// Pages so far.
    pub pages: Vec<Draft>,
    /// Sections so far.
    pub sections: Vec<Section>,
    /// Top of the free space on the current page, in mm.
    pub y: f64,
}

impl<'c, 'm> Flow<'c, 'm> {
    /// An empty flow.
    pub fn new(ctx: &'c Ctx<'m>) -> Flow<'c, 'm> {
        Flow {
            ctx,
            pages: Vec::new(),
            sections: Vec::new(),
            y: TOP,
        }
    }

    /// Starts a section on a new page, with its number and title as the heading.
    pub fn section(&mut self, title: &str) {
        let number = (self.sections.len() + 1).to_string();
        self.sections.push(Section {
            number: number.clone(),
            title: title.to_owned(),
            first_page: self.pages.len(),
        });
        self.new_page();
        let style = Type {
            size: size::H1,
            weight: 600,
            color: &self.ctx.inks.primary,
        };
        let baseline = self.y + style.ascent();
        let ctx = self.ctx;
        let canvas = self.canvas();
        canvas.text(
            &ctx.metrics,
            (MARGIN_X, baseline),
            style,
            Anchor::Start,
            &format!("{number}  {title}"),
        );
        self.y = baseline + style.line() * 0.9;
    }

    /// Continues the current section on a new page.
    pub fn new_page(&mut self) {
        let section = self.sections.len().saturating_sub(1);
        self.pages.push(Draft {
            section,
            canvas: Canvas::default(),
        });
        self.y = TOP;
    }

    /// Makes room for a block `height` mm tall (a new page when it does not fit); returns its top.
    pub fn room(&mut self, height: f64) -> f64 {
        if self.y + height > BOTTOM && self.y > TOP + 1.0 {
            self.new_page();
        }
        self.y
    }

    /// The current page's drawing.
    pub fn canvas(&mut self) -> &mut Canvas {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last].canvas
    }

    /// A sub-heading, kept together with `keep` mm of what follows it.
    pub fn heading(&mut self, text: &str, keep: f64) {
        let style = Type {
            size: size::H2,
            weight: 600,
            color: &self.ctx.inks.ink,
        };
        let top = self.room(style.line() + keep) + 2.0;
        let ctx = self.ctx;
        self.canvas().text(
            &ctx.metrics,
            (MARGIN_X, top + style.ascent()),
            style,
            Anchor::Start,
            text,
        );
        self.y = top + style.ascent() + style.line() * 0.7;
    }

    /// A paragraph of body text across the text width, continuing on the next page line by line.
    pub fn paragraph(&mut self, text: &str, style: Type<'_>) {
        let ctx = self.ctx;
        for line in ctx
            .metrics
            .wrap(text, style.size, style.weight, super::style::TEXT_W)
        {
            let top = self.room(style.line());
            self.canvas().text(
                &ctx.metrics,
                (MARGIN_X, top + style.ascent()),
                style,
                Anchor::Start,
                &line,
            );
            self.y = top + style.line();
        }
        self.y += style.line() * 0.4;
    }

    /// Body text style.
    pub fn body(&self) -> Type<'c> {
        Type {
            size: size::BODY,
            weight: 400,
            color: &self.ctx.inks.ink,
        }
    }

    /// Small, muted text style.
    pub fn small(&self) -> Type<'c> {
        Type {
            size: size::SMALL,
            weight: 400,
            color: &self.ctx.inks.muted,
        }
    }
}

/// A table: column widths in mm (summing to at most the text width), an optional header row (repeated on every
/// page the table runs onto) and rows of cell texts, wrapped within their columns.
pub struct Table<'t> {
    /// Column widths in mm.
    pub columns: &'t [f64],
    /// Header cells.
    pub header: Option<Vec<String>>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

impl Flow<'_, '_> {
    /// Draws a table, breaking between rows.
    pub fn table(&mut self, table: &Table<'_>) {
        let ctx = self.ctx;
        let body = self.body();
        let head = Type {
            size: size::SMALL,
            weight: 600,
            color: &ctx.inks.muted,
        };
        let header: Option<Vec<Vec<String>>> = table.header.as_ref().map(|cells| {
            cells
                .iter()
                .zip(table.columns)
                .map(|(cell, w)| ctx.metrics.wrap(cell, head.size, head.weight, w - 2.0))
                .collect()
        });
        let header_height = header.as_ref().map_or(0.0, |cells| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f64 * head.line() + 1.6
        });
        // A row taller than a page is cut into pieces that each fit on one.
        let fits = (((BOTTOM - TOP - header_height - 1.6) / body.line()).floor() as usize).max(1);
        let pieces = table.rows.iter().flat_map(|row| {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(table.columns)
                .map(|(cell, w)| ctx.metrics.wrap(cell, body.size, body.weight, w - 2.0))
                .collect();
            let tallest = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (0..tallest.div_ceil(fits))
                .map(|k| {
                    cells
                        .iter()
                        .map(|c| c.iter().skip(k * fits).take(fits).cloned().collect())
                        .collect::<Vec<Vec<String>>>()
                })
                .collect::<Vec<_>>()
        });
        let mut header_on_page = false;
        for lines in pieces {
            let height =
                lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64 * body.line() + 1.6;
            let page_before = self.pages.len();
            let mut top = self.room(height + if header_on_page { 0.0 } else { header_height });
            if self.pages.len() != page_before {
                header_on_page = false;
            }
            if let (Some(cells), false) = (&header, header_on_page) {
                let mut x = MARGIN_X;
                for (cell_lines, w) in cells.iter().zip(table.columns) {
                    for (i, line) in cell_lines.iter().enumerate() {
                        let y = top + head.ascent() + i as f64 * head.line();
                        self.canvas()
                            .text(&ctx.metrics, (x, y), head, Anchor::Start, line);
                    }
                    x += w;
                }
                top += header_height;
                self.canvas().line(
                    (MARGIN_X, top - 0.8),
                    (MARGIN_X + table.columns.iter().sum::<f64>(), top - 0.8),
                    &ctx.inks.rule,
                    0.3,
                );
                header_on_page = true;
            }
            let mut x = MARGIN_X;
            for (cell_lines, w) in lines.iter().zip(table.columns) {
                for (i, line) in cell_lines.iter().enumerate() {
                    let y = top + 0.8 + body.ascent() + i as f64 * body.line();
                    self.canvas()
                        .text(&ctx.metrics, (x, y), body, Anchor::Start, line);
                }
                x += w;
            }
            self.canvas().line(
                (MARGIN_X, top + height),
                (MARGIN_X + table.columns.iter().sum::<f64>(), top + height),
                &ctx.inks.rule,
                0.15,
            );
            self.y = top + height;
        }
        self.y += 3.0;
    }
}
