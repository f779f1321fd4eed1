//! One zlib stream (RFC 1950) compressed in independent pieces, so that the pieces can be compressed in
//! parallel: every piece is raw deflate ended by a sync flush (an empty stored block that ends on a byte
//! boundary, BFINAL clear), the last one by a final block; concatenated behind the zlib header they are
//! one valid deflate stream. The Adler-32 of the whole is combined from the pieces' own.

use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
};

/// A piece of the stream: its compressed bytes and the Adler-32 and length of its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Raw deflate data.
    pub deflated: Vec<u8>,
    /// Adler-32 of the uncompressed input.
    pub adler: u32,
    /// Length of the uncompressed input.
    pub len: u64,
}

/// The two header bytes of a zlib stream with a 32 KiB window, announcing `level`.
pub fn header(level: u8) -> [u8; 2] {
    let flevel: u16 = match level {
        0..=1 => 0,
        2..=5 => 1,
        6 => 2,
        _ => 3,
    };
    let cmf: u16 = 0x78;
    let flg = flevel << 6;
    let check = 31 - (cmf * 256 + flg) % 31;
    [cmf as u8, (flg + check) as u8]
}

/// Compresses one piece at `level` (1–9). `last` ends the deflate stream; otherwise the piece ends with a
/// sync flush, so the next piece can follow it directly.
pub fn piece(data: &[u8], level: u8, last: bool) -> Result<Piece, String> {
    let flags = create_comp_flags_from_zip_params(i32::from(level), -15, 0);
    let mut compressor = CompressorOxide::new(flags);
    let flush = if last {
        TDEFLFlush::Finish
    } else {
        TDEFLFlush::Sync
    };
    let mut out = vec![0u8; data.len() / 2 + 1024];
    let (mut read, mut written) = (0, 0);
    loop {
        let (status, r, w) = compress(&mut compressor, &data[read..], &mut out[written..], flush);
        read += r;
        written += w;
        match status {
            TDEFLStatus::Done => break,
            // A sync flush is complete once all input is read and the output was not filled up.
            TDEFLStatus::Okay if !last && read == data.len() && written < out.len() => break,
            TDEFLStatus::Okay => {
                if out.len() - written < 1024 {
                    out.resize(out.len() * 2, 0);
                }
            }
            other => return Err(format!("deflate failed: {other:?}")),
        }
    }
    out.truncate(written);
    Ok(Piece {
        deflated: out,
        adler: adler32(data),
        len: data.len() as u64,
    })
}

/// The Adler-32 of `data`.
pub fn adler32(data: &[u8]) -> u32 {
    let mut adler = simd_adler32::Adler32::new();
    adler.write(data);
    adler.finish()
}

/// The Adler-32 of `A ‖ B` from `adler32(A)`, `adler32(B)` and `len(B)` (zlib's `adler32_combine`).
pub fn adler32_combine(a: u32, b: u32, len_b: u64) -> u32 {
    const BASE: u64 = 65521;
    let rem = len_b % BASE;
    let mut sum1 = u64::from(a & 0xffff);
    let mut sum2 = (rem * sum1) % BASE;
    sum1 += u64::from(b & 0xffff) + BASE - 1;
    sum2 += u64::from(a >> 16) + u64::from(b >> 16) + BASE - rem;
    if sum1 >= BASE {
        sum1 -= BASE;
    }
    if sum1 >= BASE {
        sum1 -= BASE;
    }
    if sum2 >= BASE << 1 {
        sum2 -= BASE << 1;
    }
    if sum2 >= BASE {
        sum2 -= BASE;
    }
    (sum1 | (sum2 << 16)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_make_one_valid_zlib_stream() {
        let data: Vec<u8> = (0..300_000u32)
            .map(|i| {
                if i % 1000 < 600 {
                    0
                } else {
                    (i * 31 % 253) as u8
                }
            })
            .collect();
        let parts: Vec<&[u8]> = data.chunks(70_001).collect();
        let mut stream = header(6).to_vec();
        let mut adler = 1;
        for (i, part) in parts.iter().enumerate() {
            let p = piece(part, 6, i + 1 == parts.len()).unwrap();
            stream.extend_from_slice(&p.deflated);
            adler = adler32_combine(adler, p.adler, p.len);
        }
        stream.extend_from_slice(&adler.to_be_bytes());
        assert_eq!(adler, adler32(&data));
        assert_eq!((u16::from(stream[0]) * 256 + u16::from(stream[1])) % 31, 0);
        // miniz_oxide's zlib decoder checks the header, every block and the Adler-32
        let back = miniz_oxide::inflate::decompress_to_vec_zlib(&stream).unwrap();
        assert_eq!(back, data);
        assert!(stream.len() < data.len() / 2);
    }

    #[test]
    fn header_levels() {
        assert_eq!(header(6), [0x78, 0x9c]);
        assert_eq!(header(1), [0x78, 0x01]);
        assert_eq!(header(9), [0x78, 0xda]);
    }
}
