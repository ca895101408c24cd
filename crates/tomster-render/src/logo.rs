//! A logo checked before a document carries it: its type from its first bytes (the core's
//! [`Logo::from_bytes`]), then the whole image decoded by the decoders the PDF typesetter uses,
//! within [`MAX_LOGO_PIXELS`] on each side. A damaged file, or one that claims to be 30,000
//! pixels wide, is refused here instead of failing every PDF of the strategy later.

use std::io::Cursor;

use image::{ImageReader, Limits};
use tomster_core::document::{Logo, LogoError, MAX_LOGO_PIXELS};

/// Takes a file's bytes as a logo when they are a whole, sound PNG, JPEG or SVG image of
/// sensible dimensions.
pub fn checked_logo(bytes: Vec<u8>) -> Result<Logo, LogoError> {
    let logo = Logo::from_bytes(bytes)?;
    match logo.media_type {
        "image/svg+xml" => check_svg(&logo.bytes)?,
        _ => check_raster(&logo.bytes)?,
    }
    Ok(logo)
}

fn check_raster(bytes: &[u8]) -> Result<(), LogoError> {
    let reader = || {
        ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| LogoError::Damaged)
    };
    // The header first: an image too large is refused before anything is decoded.
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|_| LogoError::Damaged)?;
    if width == 0 || height == 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
        return Err(LogoError::Dimensions);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_LOGO_PIXELS);
    limits.max_image_height = Some(MAX_LOGO_PIXELS);
    // Four bytes a pixel at most, with room for the decoder's own buffers.
    limits.max_alloc = Some(u64::from(MAX_LOGO_PIXELS) * u64::from(MAX_LOGO_PIXELS) * 8);
    let mut reader = reader()?;
    reader.limits(limits);
    reader.decode().map(|_| ()).map_err(|error| match error {
        image::ImageError::Limits(_) => LogoError::Dimensions,
        _ => LogoError::Damaged,
    })
}

fn check_svg(bytes: &[u8]) -> Result<(), LogoError> {
    // No resources: an SVG that names files around it gets nothing from the server's disk.
    let options = usvg::Options {
        resources_dir: None,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(bytes, &options).map_err(|_| LogoError::Damaged)?;
    let size = tree.size();
    let sensible =
        |side: f32| side.is_finite() && side > 0.0 && side <= MAX_LOGO_PIXELS as f32 * 4.0;
    if !sensible(size.width()) || !sensible(size.height()) {
        return Err(LogoError::Dimensions);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `width` x `height` grey pixels, written by the `image` crate.
    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::GrayImage::from_pixel(width, height, image::Luma([128]));
        let mut bytes = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .unwrap();
        bytes
    }

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_pixel(width, height, image::Rgb([200, 40, 40]));
        let mut bytes = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Jpeg)
            .unwrap();
        bytes
    }

    #[test]
    fn sound_images_are_taken() {
        assert_eq!(checked_logo(png(120, 40)).unwrap().media_type, "image/png");
        assert_eq!(checked_logo(jpeg(64, 64)).unwrap().media_type, "image/jpeg");
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="teal"/></svg>"#;
        assert_eq!(
            checked_logo(svg.to_vec()).unwrap().media_type,
            "image/svg+xml"
        );
    }

    #[test]
    fn damaged_images_are_refused() {
        let whole = png(120, 40);
        // Cut short after the header, a byte changed in the pixel data, only a signature.
        let cut = whole[..whole.len() / 2].to_vec();
        let mut flipped = whole.clone();
        let middle = flipped.len() - 20;
        flipped[middle] ^= 0xff;
        let signature = b"\x89PNG\r\n\x1a\n".to_vec();
        for damaged in [cut, flipped, signature] {
            assert_eq!(checked_logo(damaged).err(), Some(LogoError::Damaged));
        }
        let jpeg = jpeg(64, 64);
        assert_eq!(
            checked_logo(jpeg[..200].to_vec()).err(),
            Some(LogoError::Damaged)
        );
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect"#;
        assert_eq!(checked_logo(svg.to_vec()).err(), Some(LogoError::Damaged));
    }

    #[test]
    fn an_image_too_large_is_refused_before_it_is_decoded() {
        // A PNG header claiming 30,000 x 30,000 pixels, with no pixel data at all: the
        // dimensions are read and refused, nothing is decoded.
        let mut header = png(1, 1);
        header[16..20].copy_from_slice(&30_000_u32.to_be_bytes());
        header[20..24].copy_from_slice(&30_000_u32.to_be_bytes());
        // The IHDR chunk's checksum, over its type and data, so that only the size is wrong.
        let crc = crc32(&header[12..29]);
        header[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(checked_logo(header).err(), Some(LogoError::Dimensions));
        assert_eq!(
            checked_logo(png(MAX_LOGO_PIXELS + 1, 2)).err(),
            Some(LogoError::Dimensions)
        );
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="900000" height="40"/>"#;
        assert_eq!(
            checked_logo(svg.to_vec()).err(),
            Some(LogoError::Dimensions)
        );
    }

    /// The CRC-32 of PNG chunks (ISO 3309), bit by bit: test data only.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffff_u32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn what_is_no_image_is_refused_as_such() {
        assert_eq!(
            checked_logo(b"GIF89a".to_vec()).err(),
            Some(LogoError::UnknownType)
        );
    }
}
