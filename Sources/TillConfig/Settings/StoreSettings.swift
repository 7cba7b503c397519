import TillCore
import TillStrings

/// The shop: its name, its one currency, the largest amount one sale may take, and the receipt header.
public struct StoreSettings: Sendable, Equatable {
    public var name: String
    public var currency: Currency
    /// The per-sale maximum: `max_sale`, else `defaultMaximumSale(for:)`. Never absent, so a
    /// mistyped amount (a few extra zeros) is refused at the counter instead of charged.
    public var maximumSale: Money?
    /// Text printed at the top of a receipt; may hold line breaks.
    public var receiptHeader: String?
    /// On a lane without TakeMe Pay's secret key: the store server that makes those calls.
    public var server: StoreServerLink?
    /// On the store server: the lanes it makes TakeMe Pay's secret-key calls for, with their tokens.
    public var lanes: [LaneToken]

    /// `maximumSale` nil means the currency's default, not "no limit".
    public init(
        name: String, currency: Currency, maximumSale: Money? = nil, receiptHeader: String? = nil,
        server: StoreServerLink? = nil, lanes: [LaneToken] = []
    ) {
        self.name = name
        self.currency = currency
        self.maximumSale = maximumSale ?? Self.defaultMaximumSale(for: currency)
        self.receiptHeader = receiptHeader
        self.server = server
        self.lanes = lanes
    }

    /// The store of demo mode when no file names one.
    public static let demo = StoreSettings(
        name: "Till demo shop", currency: Currency(code: "JPY") ?? Currency.all[0])
}

/// How Till tells a barcode scanner's burst from typing.
public struct ScannerSettings: Sendable, Equatable {
    /// The largest gap between two keys of one scan, in milliseconds.
    public var gapMilliseconds: Int

    public init(gapMilliseconds: Int = 50) {
        self.gapMilliseconds = gapMilliseconds
    }
}

/// The look and the language of the terminal screens.
public struct UISettings: Sendable, Equatable {
    /// The theme's name; nil for the built-in theme.
    public var theme: String?
    /// The cashier's language; nil for the locale's.
    public var language: Language?

    public init(theme: String? = nil, language: Language? = nil) {
        self.theme = theme
        self.language = language
    }
}

/// Where the journal lives.
public struct JournalSettings: Sendable, Equatable {
    /// The journal file's path; nil for Till's default place.
    public var path: String?
    /// `postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE`: the store's journal on PostgreSQL, shared by
    /// its lanes; nil keeps the journal in the file. It may hold a password: never printed whole.
    public var url: String?

    public init(path: String? = nil, url: String? = nil) {
        self.path = path
        self.url = url
    }
}
