//! Static files (CSS, images) compiled into the binary.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../frontend/static"]
struct Static;

pub async fn file(path: web::Path<String>) -> HttpResponse {
    match Static::get(&path) {
        Some(f) => {
            let mime = mime_guess::from_path(path.as_str()).first_or_octet_stream();
            HttpResponse::Ok()
                .content_type(mime.as_ref())
                .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
                .insert_header((
                    header::ETAG,
                    format!("\"{}\"", hex::encode(f.metadata.sha256_hash())),
                ))
                .body(f.data.into_owned())
        }
        None => HttpResponse::NotFound()
            .content_type("text/plain")
            .body("not found"),
    }
}
