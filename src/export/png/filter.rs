//! PNG row filters (RFC 2083 §6) with libpng's choice per row: the filter whose output has the smallest sum
//! of absolute values (bytes read as signed). The same heuristic as libpng's default — and so cairo's and
//! rsvg-convert's — so that files compress alike.

/// The filter types, in the order libpng tries them (a later one wins only if strictly smaller).
const NONE: u8 = 0;
const SUB: u8 = 1;
const UP: u8 = 2;
const AVERAGE: u8 = 3;
const PAETH: u8 = 4;

/// How the filter of a row is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// libpng's heuristic: the smallest sum of absolute values of the five filters.
    Adaptive,
    /// Up for every row that has one above it, Sub for the first (one pass; for the fastest level).
    Up,
}

/// Filters `raw` (whole rows of `row_bytes`, `bpp` bytes per pixel) and appends each row, prefixed by its
/// filter type, to `out`. The first row does not refer to a row above it: it is filtered as the first row
/// of an image (the row above it belongs to another band, compressed independently).
pub fn filter_rows(
    raw: &[u8],
    row_bytes: usize,
    bpp: usize,
    strategy: Strategy,
    out: &mut Vec<u8>,
) {
    let mut scratch = vec![0u8; row_bytes];
    let mut best = vec![0u8; row_bytes];
    let mut previous: Option<&[u8]> = None;
    for row in raw.chunks_exact(row_bytes) {
        // A row like the one above it (every background row): Up makes it all zeros, the best there is.
        let same = previous.is_some_and(|p| p == row);
        let fixed = match (strategy, previous) {
            _ if same => Some(UP),
            (Strategy::Up, Some(_)) => Some(UP),
            (Strategy::Up, None) => Some(SUB),
            (Strategy::Adaptive, _) => None,
        };
        if let Some(kind) = fixed {
            apply(kind, row, previous, bpp, &mut scratch);
            out.push(kind);
            out.extend_from_slice(&scratch);
            previous = Some(row);
            continue;
        }
        let mut best_type = NONE;
        let mut best_sum = sum(row, u64::MAX);
        best.copy_from_slice(row);
        let mut candidates = vec![SUB];
        if previous.is_some() {
            candidates.extend([UP, AVERAGE, PAETH]);
        }
        for kind in candidates {
            if best_sum == 0 {
                break;
            }
            apply(kind, row, previous, bpp, &mut scratch);
            let s = sum(&scratch, best_sum);
            if s < best_sum {
                best_sum = s;
                best_type = kind;
                std::mem::swap(&mut best, &mut scratch);
            }
        }
        out.push(best_type);
        out.extend_from_slice(&best);
        previous = Some(row);
    }
}

/// The sum of a filtered row's bytes read as signed, stopping once it reaches `limit`. Chunks are summed
/// in `u32` lanes (4096 × 128 fits), which the compiler vectorises.
fn sum(row: &[u8], limit: u64) -> u64 {
    let mut total = 0u64;
    for chunk in row.chunks(4096) {
        total += u64::from(
            chunk
                .iter()
                .map(|&b| u32::from((b as i8).unsigned_abs()))
                .sum::<u32>(),
        );
        if total >= limit {
            break;
        }
    }
    total
}

/// Applies one filter to a row. Each loop walks zipped slices (no index checks), so it vectorises.
fn apply(kind: u8, row: &[u8], above: Option<&[u8]>, bpp: usize, out: &mut [u8]) {
    let (head, tail) = out.split_at_mut(bpp);
    // `left[i]` is the byte `bpp` before `row[bpp + i]`; likewise `corner` for the row above.
    let (first, rest, left) = (&row[..bpp], &row[bpp..], &row[..row.len() - bpp]);
    match (kind, above) {
        (SUB, _) => {
            head.copy_from_slice(first);
            for ((o, &x), &a) in tail.iter_mut().zip(rest).zip(left) {
                *o = x.wrapping_sub(a);
            }
        }
        (UP, Some(up)) => {
            for ((o, &x), &b) in out.iter_mut().zip(row).zip(up) {
                *o = x.wrapping_sub(b);
            }
        }
        (AVERAGE, Some(up)) => {
            for ((o, &x), &b) in head.iter_mut().zip(first).zip(up) {
                *o = x.wrapping_sub(b / 2);
            }
            for (((o, &x), &a), &b) in tail.iter_mut().zip(rest).zip(left).zip(&up[bpp..]) {
                *o = x.wrapping_sub(((u16::from(a) + u16::from(b)) / 2) as u8);
            }
        }
        (PAETH, Some(up)) => {
            for ((o, &x), &b) in head.iter_mut().zip(first).zip(up) {
                *o = x.wrapping_sub(b);
            }
            let corner = &up[..up.len() - bpp];
            for ((((o, &x), &a), &b), &c) in tail
                .iter_mut()
                .zip(rest)
                .zip(left)
                .zip(&up[bpp..])
                .zip(corner)
            {
                *o = x.wrapping_sub(paeth(a, b, c));
            }
        }
        _ => out.copy_from_slice(row),
    }
}

/// The Paeth predictor, written without branches (`p - a = b - c`, `p - b = a - c`, `p - c = a + b - 2c`)
/// so that the loop around it vectorises; ties go to `a`, then `b`, as the specification says.
fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let (a16, b16, c16) = (i16::from(a), i16::from(b), i16::from(c));
    let pa = (b16 - c16).abs();
    let pb = (a16 - c16).abs();
    let pc = (a16 + b16 - 2 * c16).abs();
    let b_or_c = if pb <= pc { b } else { c };
    if pa <= pb && pa <= pc { a } else { b_or_c }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Paeth predictor as RFC 2083 §6.6 writes it.
    fn paeth_as_specified(a: u8, b: u8, c: u8) -> u8 {
        let p = i16::from(a) + i16::from(b) - i16::from(c);
        let pa = (p - i16::from(a)).abs();
        let pb = (p - i16::from(b)).abs();
        let pc = (p - i16::from(c)).abs();
        if pa <= pb && pa <= pc {
            a
        } else if pb <= pc {
            b
        } else {
            c
        }
    }

    #[test]
    fn the_branchless_paeth_predictor_is_the_specifications_for_every_input() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for c in (0..=255u8).step_by(3) {
                    assert_eq!(paeth(a, b, c), paeth_as_specified(a, b, c), "{a} {b} {c}");
                }
            }
        }
    }

    /// Reverses the filters (the decoder's side), for the round trip.
    fn unfilter(filtered: &[u8], row_bytes: usize, bpp: usize) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::new();
        for (r, row) in filtered.chunks_exact(row_bytes + 1).enumerate() {
            let start = out.len();
            for i in 0..row_bytes {
                let x = row[1 + i];
                let a = if i >= bpp { out[start + i - bpp] } else { 0 };
                let b = if r > 0 { out[start + i - row_bytes] } else { 0 };
                let c = if r > 0 && i >= bpp {
                    out[start + i - row_bytes - bpp]
                } else {
                    0
                };
                let value = match row[0] {
                    NONE => x,
                    SUB => x.wrapping_add(a),
                    UP => x.wrapping_add(b),
                    AVERAGE => x.wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                    PAETH => x.wrapping_add(paeth_as_specified(a, b, c)),
                    other => panic!("filter type {other}"),
                };
                out.push(value);
            }
        }
        out
    }

    #[test]
    fn every_filter_round_trips_and_the_first_row_stands_alone() {
        let (w, h, bpp) = (37, 9, 4);
        let raw: Vec<u8> = (0..w * h * bpp)
            .map(|i| (((i * 7919) % 251) ^ (i / 13)) as u8)
            .collect();
        for strategy in [Strategy::Adaptive, Strategy::Up] {
            let mut filtered = Vec::new();
            filter_rows(&raw, w * bpp, bpp, strategy, &mut filtered);
            assert_eq!(filtered.len(), h * (w * bpp + 1));
            assert!(matches!(filtered[0], NONE | SUB));
            assert_eq!(unfilter(&filtered, w * bpp, bpp), raw);
        }
        // a smooth gradient picks a predicting filter
        let gradient: Vec<u8> = (0..h)
            .flat_map(|y| (0..w * 3).map(move |x| (x + y) as u8))
            .collect();
        let mut filtered = Vec::new();
        filter_rows(&gradient, w * 3, 3, Strategy::Adaptive, &mut filtered);
        assert_eq!(unfilter(&filtered, w * 3, 3), gradient);
        assert!(filtered.chunks(w * 3 + 1).skip(1).all(|r| r[0] != NONE));
    }
}
