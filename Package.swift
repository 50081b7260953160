// swift-tools-version:6.0
// Loyalty: a terminal dashboard for a customer loyalty-points programme.
// Layers (arrows point down only): loyalty → (LoyaltyTUI, ShopSync) → (Terminal → Bidi, LoyaltyStore, LoyaltyText) → LoyaltyCore.
import PackageDescription

let package = Package(
    name: "Loyalty",
    products: [
        .executable(name: "loyalty", targets: ["loyalty"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // HMAC-SHA256 and a constant-time comparison, to check the signatures of shops' webhooks.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // An HTTPS client for the shops' REST APIs (`loyalty sync`). Not linked: shim.h opens libcurl
        // when the first request needs it, so that other commands (a webhook's process) do not pay for
        // loading it and the thirty libraries it brings.
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CNcurses",
            // No pkgConfig: SwiftPM refuses ncursesw's -D_XOPEN_SOURCE flags with a warning; shim.h sets them itself.
            providers: [.apt(["libncurses-dev"])]
        ),
        // The Unicode Bidirectional Algorithm, for right-to-left text in terminals that draw cells as sent.
        .systemLibrary(
            name: "CFriBidi",
            pkgConfig: "fribidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        .target(name: "LoyaltyCore"),
        // A line of text from logical to visual order (FriBidi). Below the dashboard: the cell grid
        // (Terminal) reorders every text run it is given, so no screen has to think of it.
        .target(name: "Bidi", dependencies: ["CFriBidi"]),
        // The operator's and the customers' languages: gettext catalogs (embedded in the binary), plural
        // rules, and numbers, money and dates written and read as each language does (see README, Languages).
        .target(name: "LoyaltyText", dependencies: ["LoyaltyCore"],
                resources: [.embedInCode("Catalogs/en.po"), .embedInCode("Catalogs/nl.po"),
                            .embedInCode("Catalogs/fr.po"), .embedInCode("Catalogs/he.po")]),
        .target(name: "LoyaltyStore", dependencies: ["LoyaltyCore", "CSQLite"]),
        .target(name: "Terminal", dependencies: ["CNcurses", "Bidi"]),
        // Talking to the connected shop's API: an HTTP client over libcurl (HTTPClient.swift) and `loyalty sync`.
        .target(name: "ShopSync", dependencies: ["LoyaltyCore", "LoyaltyStore", "CCurl"]),
        .target(name: "LoyaltyTUI", dependencies: ["LoyaltyCore", "LoyaltyStore", "LoyaltyText", "Terminal", "Bidi"]),
        .executableTarget(name: "loyalty", dependencies: ["LoyaltyCore", "LoyaltyStore", "LoyaltyText", "LoyaltyTUI", "Terminal", "Bidi", "CCrypto", "ShopSync"]),
        // Issue 5's benchmark on a generated million-member database (see README, Benchmark).
        .executableTarget(name: "loyalty-bench", dependencies: ["LoyaltyCore", "LoyaltyStore", "LoyaltyTUI", "Terminal"]),
        .testTarget(name: "LoyaltyCoreTests", dependencies: ["LoyaltyCore"]),
        .testTarget(name: "BidiTests", dependencies: ["Bidi", "Terminal"]),
        .testTarget(name: "LoyaltyTextTests", dependencies: ["LoyaltyCore", "LoyaltyText"]),
        .testTarget(name: "LoyaltyStoreTests", dependencies: ["LoyaltyCore", "LoyaltyStore"]),
        .testTarget(name: "LoyaltyTUITests", dependencies: ["LoyaltyCore", "LoyaltyStore", "LoyaltyText", "LoyaltyTUI", "Terminal", "Bidi"]),
        .testTarget(name: "LoyaltyCLITests", dependencies: ["loyalty", "LoyaltyCore", "LoyaltyText", "Bidi", "ImportTestSupport", "ShopSync", "ShopStandInSupport"]),
        // Drives the real binary in tmux and checks the database with sqlite3 (see README, Tests).
        .testTarget(name: "LoyaltyE2ETests", dependencies: ["loyalty"]),
        // Reading an import file piece by piece, shared by the import and fault tests; the English
        // environment every test that starts the binary gives it.
        .target(name: "ImportTestSupport", dependencies: ["LoyaltyCore"], path: "Tests/ImportTestSupport"),
        // A stand-in for the WooCommerce and Shopify REST APIs on 127.0.0.1 (Tests/Fixtures/shop-standin), for the sync tests.
        .target(name: "ShopStandInSupport", dependencies: ["ShopSync"], path: "Tests/ShopStandInSupport"),
        .testTarget(name: "LoyaltyImportTests", dependencies: ["loyalty", "LoyaltyCore", "LoyaltyStore", "ImportTestSupport"]),
        // Kill -9, concurrent writers, full disk, read-only, newer and corrupt files, fuzzing, every
        // earlier schema: small in CI, full size with LOYALTY_FAULT_SCALE=full (see README, Tests).
        .testTarget(name: "LoyaltyFaultTests", dependencies: ["loyalty", "LoyaltyCore", "LoyaltyStore", "LoyaltyTUI", "Terminal", "ImportTestSupport", "ShopStandInSupport"]),
    ]
)
