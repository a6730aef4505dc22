//! Hostile inputs the tests, examples and benchmarks share.

use serde_json::{json, Value};

/// `n` blank nodes that all point at each other (`_:b0` … `_:b{n-1}`): the graph that makes
/// RDFC-1.0 canonicalization do the most work for its size.
pub fn blank_node_clique(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let others: Vec<Value> = (0..n)
                .filter(|j| *j != i)
                .map(|j| json!({ "@id": format!("_:b{j}") }))
                .collect();
            json!({ "@id": format!("_:b{i}"), "https://example.org/knows": others })
        })
        .collect()
}
