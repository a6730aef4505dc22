//! Reading request bodies that may be a file upload: multipart forms with size caps, or raw bytes.

use actix_multipart::Multipart;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest};
use citybadges_app::Error;
use citybadges_i18n::Msg;
use futures_util::{Stream, StreamExt};
use std::collections::HashMap;

/// The fields of a request body: a multipart form's fields by name, or, for any other content
/// type, the whole body under `""`. At most `max_bytes` in all.
pub async fn read_fields(
    req: &HttpRequest,
    mut payload: web::Payload,
    max_bytes: usize,
) -> Result<HashMap<String, Vec<u8>>, Error> {
    let mut fields = HashMap::new();
    let is_multipart = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut total = 0usize;
    if !is_multipart {
        let body = read_capped(&mut payload, &mut total, max_bytes).await?;
        fields.insert(String::new(), body);
        return Ok(fields);
    }
    let mut form = Multipart::new(req.headers(), payload);
    while let Some(field) = form.next().await {
        let mut field = field.map_err(|e| {
            Error::BadRequest(Msg::new("err-form-unreadable").with("detail", e.to_string()))
        })?;
        let name = field.name().unwrap_or_default().to_owned();
        let value = read_capped(&mut field, &mut total, max_bytes).await?;
        fields.insert(name, value);
    }
    Ok(fields)
}

/// A stream's bytes, whole, counted into `total`: the body and each field share one cap of
/// `max_bytes`, checked as each chunk arrives so nothing larger is ever held.
async fn read_capped<S, E>(
    stream: &mut S,
    total: &mut usize,
    max_bytes: usize,
) -> Result<Vec<u8>, Error>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            Error::BadRequest(Msg::new("err-upload-failed").with("detail", e.to_string()))
        })?;
        *total += chunk.len();
        if *total > max_bytes {
            let mib = max_bytes / (1024 * 1024);
            return Err(Error::BadRequest(
                Msg::new("err-upload-too-large").with("mib", mib),
            ));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// A text field, trimmed; `None` when absent or empty.
pub fn text(fields: &HashMap<String, Vec<u8>>, name: &str) -> Option<String> {
    fields
        .get(name)
        .map(|v| String::from_utf8_lossy(v).trim().to_owned())
        .filter(|s| !s.is_empty())
}
