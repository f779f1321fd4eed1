//! Text that always fits, or says why not: line breaking with measured words, Danish hyphenation, no lone
//! word on a paragraph's last line where it can be avoided, and the largest font size of the field's range at
//! which the text fits its box. When nothing fits, [`Fit`] says how many characters are too many at the
//! smallest size.

use super::fonts::{FaceId, Fonts, hyphenation_points};

/// Text is fitted this much narrower than its box, so that shaping a whole line (kerning across spaces)
/// never makes it wider than measured word by word.
const SAFETY: f64 = 0.995;
/// Words shorter than this are not hyphenated.
const MIN_HYPHENATE_CHARS: usize = 6;
/// A hyphenated word keeps at least this many characters on each line.
const MIN_PART_CHARS: usize = 3;
/// Words longer than this (in bytes) are measured character by character and broken anywhere: no language
/// has such words, and shaping them again for every line would cost quadratic time.
const LONG_WORD: usize = 256;

/// What a text field asks of its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    /// Box width in page units.
    pub width: f64,
    /// Box height in page units.
    pub height: f64,
    /// Largest and smallest font size (pt or px).
    pub size_max: f64,
    /// Smallest font size.
    pub size_min: f64,
    /// Line height as a multiple of the size.
    pub line_height: f64,
    /// At most this many lines.
    pub max_lines: u32,
    /// Page units per font-size unit (mm per pt on mm pages, 1 on px pages).
    pub units_per_size: f64,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The text to draw (`-` added where a word was hyphenated).
    pub text: String,
    /// Its width in page units.
    pub width: f64,
    /// Whether it ends in a hyphen the program added (a word broken at a hyphenation point).
    pub hyphenated: bool,
}

/// The result of fitting a text into its box.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// The font size chosen (pt or px): the largest that fits, or the smallest when nothing fits.
    pub size: f64,
    /// The lines at that size.
    pub lines: Vec<Line>,
    /// Whether the text fits.
    pub fits: bool,
    /// Characters of the text (after cleaning: runs of spaces count once).
    pub chars: usize,
    /// Characters that fit at the smallest size (all of them when it fits).
    pub chars_fitting: usize,
}

impl Fit {
    /// How many characters are too many (0 when it fits).
    pub fn overflow(&self) -> usize {
        self.chars.saturating_sub(self.chars_fitting)
    }
}

/// Measures text of one face at one size.
struct Measure<'a> {
    fonts: &'a Fonts,
    face: FaceId,
    /// Page units per em at this size.
    scale: f64,
    /// Whether words may be hyphenated.
    hyphenate: bool,
}

impl Measure<'_> {
    fn width(&self, text: &str) -> f64 {
        f64::from(self.fonts.width_em(self.face, text)) * self.scale
    }

    /// The width as the sum of the characters' own widths (for over-long words).
    fn char_width(&self, c: char) -> f64 {
        let mut buf = [0u8; 4];
        self.width(c.encode_utf8(&mut buf))
    }

    /// [`Measure::width`], or the sum of character widths for an over-long word.
    fn word_width(&self, word: &str) -> f64 {
        if word.len() > LONG_WORD {
            word.chars().map(|c| self.char_width(c)).sum()
        } else {
            self.width(word)
        }
    }
}

/// Paragraphs of words: the text split at line breaks, words at whitespace.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    text.split('\n')
        .map(|p| p.split_whitespace().collect())
        .collect()
}

/// Fits `text` into the box: the largest size (in steps of a tenth of the range, at least 0.25) that holds it
/// within the box and `max_lines`.
pub fn fit(fonts: &Fonts, face: FaceId, text: &str, spec: &Spec) -> Fit {
    let paras = paragraphs(text);
    let chars = char_count(&paras);
    let step = ((spec.size_max - spec.size_min) / 40.0).max(0.25);
    // Words are hyphenated only when no size of the range fits without.
    for hyphenate in [false, true] {
        let mut size = spec.size_max;
        loop {
            let measure = Measure {
                fonts,
                face,
                scale: size * spec.units_per_size,
                hyphenate,
            };
            if let Some(lines) = layout(&measure, &paras, spec, size, false) {
                return Fit {
                    size,
                    lines,
                    fits: true,
                    chars,
                    chars_fitting: chars,
                };
            }
            if size <= spec.size_min {
                break;
            }
            size = (size - step).max(spec.size_min);
        }
    }
    // Nothing fits: lay out at the smallest size without limits, and count what the box holds.
    let size = spec.size_min;
    let measure = Measure {
        fonts,
        face,
        scale: size * spec.units_per_size,
        hyphenate: true,
    };
    let lines = layout(&measure, &paras, spec, size, true).unwrap_or_default();
    let room = rows(spec, size);
    let chars_fitting = fitting_chars(&lines, room);
    Fit {
        size,
        lines,
        fits: false,
        chars,
        chars_fitting: chars_fitting.min(chars),
    }
}

/// How many lines fit in the box at a size (limited by `max_lines`).
fn rows(spec: &Spec, size: f64) -> usize {
    let line = size * spec.line_height * spec.units_per_size;
    let by_height = ((spec.height + 1e-6) / line).floor().max(0.0) as usize;
    by_height.min(spec.max_lines as usize)
}

/// Characters in the text as laid out: each paragraph's words with single spaces, a line break counting one.
fn char_count(paras: &[Vec<&str>]) -> usize {
    let words: usize = paras
        .iter()
        .map(|p| p.iter().map(|w| w.chars().count()).sum::<usize>() + p.len().saturating_sub(1))
        .sum();
    words + paras.len().saturating_sub(1)
}

/// Characters in the first `room` lines (a hyphen added at a break does not count; a line end counts as the
/// space or line break it replaced).
fn fitting_chars(lines: &[Line], room: usize) -> usize {
    lines
        .iter()
        .take(room)
        .map(|l| {
            let n = l.text.chars().count();
            if l.hyphenated { n - 1 } else { n + 1 }
        })
        .sum()
}

/// Breaks every paragraph. With `unbounded` the lines may exceed the box (and over-long words are broken
/// anywhere); otherwise `None` when the text does not fit.
fn layout(
    measure: &Measure<'_>,
    paras: &[Vec<&str>],
    spec: &Spec,
    size: f64,
    unbounded: bool,
) -> Option<Vec<Line>> {
    let max_w = spec.width * SAFETY;
    let room = rows(spec, size);
    let mut lines = Vec::new();
    for words in paras {
        let mut para = break_paragraph(measure, words, max_w, unbounded)?;
        avoid_orphan(measure, &mut para, max_w);
        lines.append(&mut para);
        if !unbounded && lines.len() > room {
            return None;
        }
    }
    Some(lines)
}

/// Greedy line breaking of one paragraph, hyphenating a word that would otherwise leave a line short.
fn break_paragraph(
    measure: &Measure<'_>,
    words: &[&str],
    max_w: f64,
    unbounded: bool,
) -> Option<Vec<Line>> {
    let space = measure.width(" ");
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let mut pending: Vec<String> = words.iter().rev().map(|w| (*w).to_owned()).collect();
    while let Some(word) = pending.pop() {
        let w = measure.word_width(&word);
        let gap = if current.is_empty() { 0.0 } else { space };
        if current_w + gap + w <= max_w {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&word);
            current_w += gap + w;
            continue;
        }
        // Hyphenate: the longest first part that still fits on this line.
        if let Some((head, tail, hyphenated)) =
            split_to_fit(measure, &word, max_w - current_w - gap)
        {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&head);
            lines.push(Line {
                width: measure.width(&current),
                text: std::mem::take(&mut current),
                hyphenated,
            });
            current_w = 0.0;
            pending.push(tail);
            continue;
        }
        if !current.is_empty() {
            lines.push(Line {
                text: std::mem::take(&mut current),
                width: current_w,
                hyphenated: false,
            });
            current_w = 0.0;
            pending.push(word);
            continue;
        }
        // A word wider than the whole line and no hyphenation point that helps.
        if !unbounded {
            return None;
        }
        let mut pieces = break_anywhere(measure, &word, max_w);
        let last = pieces.pop().unwrap_or_default();
        lines.extend(pieces);
        current_w = last.width;
        current = last.text;
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(Line {
            text: current,
            width: current_w,
            hyphenated: false,
        });
    }
    Some(lines)
}

/// Splits a word at a hyphenation point (or after a hyphen it contains) so that the first part, with a hyphen
/// drawn, fits in `room`; the longest such first part.
fn split_to_fit(measure: &Measure<'_>, word: &str, room: f64) -> Option<(String, String, bool)> {
    if room <= 0.0 || word.len() > LONG_WORD {
        return None;
    }
    let mut points: Vec<(usize, bool)> = Vec::new();
    // After an existing hyphen (no hyphen added).
    for (i, c) in word.char_indices() {
        if c == '-' && i > 0 && i + c.len_utf8() < word.len() {
            points.push((i + c.len_utf8(), false));
        }
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if measure.hyphenate
        && letters >= MIN_HYPHENATE_CHARS
        && !word.contains(['-', '@', '/', '.', ':'])
    {
        // At least three characters on each side of a break.
        let chars: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        let (min, max) = (
            chars.get(MIN_PART_CHARS).copied().unwrap_or(word.len()),
            chars
                .len()
                .checked_sub(MIN_PART_CHARS)
                .and_then(|i| chars.get(i).copied())
                .unwrap_or(0),
        );
        points.extend(
            hyphenation_points(word)
                .into_iter()
                .filter(|b| *b >= min && *b <= max)
                .map(|b| (b, true)),
        );
    }
    points.sort_unstable();
    points
        .into_iter()
        .rev()
        .filter(|(b, _)| word.is_char_boundary(*b))
        .map(|(b, add)| {
            let mut head = word[..b].to_owned();
            if add {
                head.push('-');
            }
            (head, word[b..].to_owned(), add)
        })
        .find(|(head, _, _)| measure.width(head) <= room)
}

/// Breaks a word into lines anywhere, as many characters per line as fit (at least one), measuring character
/// by character (linear in the word's length).
fn break_anywhere(measure: &Measure<'_>, word: &str, max_w: f64) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut text = String::new();
    let mut width = 0.0;
    for c in word.chars() {
        let w = measure.char_width(c);
        if !text.is_empty() && width + w > max_w {
            lines.push(Line {
                text: std::mem::take(&mut text),
                width,
                hyphenated: false,
            });
            width = 0.0;
        }
        text.push(c);
        width += w;
    }
    lines.push(Line {
        text,
        width,
        hyphenated: false,
    });
    lines
}

/// Avoids a lone word on the last line: moves the last word of the line before down when that line keeps at
/// least two words and the last line still fits.
fn avoid_orphan(measure: &Measure<'_>, lines: &mut [Line], max_w: f64) {
    let n = lines.len();
    if n < 2 || lines[n - 1].text.contains(' ') || lines[n - 1].text.is_empty() {
        return;
    }
    let prev = &lines[n - 2].text;
    if lines[n - 2].hyphenated || prev.matches(' ').count() < 2 {
        return;
    }
    let Some(cut) = prev.rfind(' ') else {
        return;
    };
    let moved = &prev[cut + 1..];
    let new_last = format!("{moved} {}", lines[n - 1].text);
    let new_last_w = measure.width(&new_last);
    if new_last_w > max_w {
        return;
    }
    let new_prev = prev[..cut].to_owned();
    lines[n - 2] = Line {
        width: measure.width(&new_prev),
        text: new_prev,
        hyphenated: false,
    };
    lines[n - 1] = Line {
        text: new_last,
        width: new_last_w,
        hyphenated: false,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    fn fonts() -> (std::sync::Arc<crate::manual::Manual>, Fonts) {
        let loaded = load_embedded();
        let fonts = Fonts::new(&loaded.manual);
        (loaded.manual, fonts)
    }

    fn spec(width: f64, height: f64, max_lines: u32) -> Spec {
        Spec {
            width,
            height,
            size_max: 40.0,
            size_min: 20.0,
            line_height: 1.2,
            max_lines,
            units_per_size: 25.4 / 72.0,
        }
    }

    #[test]
    fn short_text_fits_at_the_largest_size() {
        let (m, f) = fonts();
        let face = f.face(&m, "headline", 700).unwrap();
        let fit = fit(&f, face, "Sommerfest", &spec(200.0, 40.0, 2));
        assert!(fit.fits);
        assert_eq!(fit.size, 40.0);
        assert_eq!(fit.lines.len(), 1);
        assert_eq!(fit.lines[0].text, "Sommerfest");
        assert_eq!(fit.overflow(), 0);
    }

    #[test]
    fn longer_text_shrinks_then_overflows_with_a_count() {
        let (m, f) = fonts();
        let face = f.face(&m, "headline", 700).unwrap();
        let s = spec(120.0, 30.0, 2);
        let fit1 = fit(&f, face, "Sommerfest i Regnbuen", &s);
        assert!(fit1.fits, "{fit1:?}");
        let long = "Sommerfest i børnehaven Regnbuen med æbleskiver, øl og gøgl på plænen";
        let fit2 = fit(&f, face, long, &s);
        assert!(!fit2.fits);
        assert_eq!(fit2.size, 20.0);
        assert!(
            fit2.overflow() > 0 && fit2.overflow() < fit2.chars,
            "{fit2:?}"
        );
        // Every line that was laid out is within the box width.
        assert!(fit2.lines.iter().all(|l| l.width <= 120.0), "{fit2:?}");
    }

    #[test]
    fn danish_words_are_hyphenated_with_a_hyphen() {
        let (m, f) = fonts();
        let face = f.face(&m, "body", 400).unwrap();
        let s = Spec {
            size_max: 12.0,
            size_min: 12.0,
            ..spec(30.0, 200.0, 40)
        };
        let fit = fit(
            &f,
            face,
            "Kommunalbestyrelsen behandlede forvaltningsreformen",
            &s,
        );
        assert!(fit.fits, "{fit:?}");
        assert!(
            fit.lines
                .iter()
                .any(|l| l.hyphenated && l.text.ends_with('-')),
            "{fit:?}"
        );
    }

    #[test]
    fn no_lone_last_word_when_avoidable() {
        let (m, f) = fonts();
        let face = f.face(&m, "body", 400).unwrap();
        let s = Spec {
            size_max: 10.0,
            size_min: 10.0,
            ..spec(60.0, 200.0, 40)
        };
        let text = "Vi holder sommerfest for hele familien i haven bag huset med musik";
        let fit = fit(&f, face, text, &s);
        let last = &fit.lines.last().unwrap().text;
        assert!(last.contains(' '), "{fit:?}");
    }

    #[test]
    fn huge_and_strange_text_does_not_panic() {
        let (m, f) = fonts();
        let face = f.face(&m, "body", 400).unwrap();
        let s = spec(100.0, 50.0, 3);
        let huge = "æøå ".repeat(2500) + &"x".repeat(10_000) + " 😀🎉 \u{200b}";
        let fit = fit(&f, face, &huge, &s);
        assert!(!fit.fits);
        assert!(fit.overflow() > 10_000);
        let empty = super::fit(&f, face, "", &s);
        assert!(empty.fits);
    }
}
