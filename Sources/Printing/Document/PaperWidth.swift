/// The paper roll: 58 mm or 80 mm, as `width = 58|80` in the `[printer]` section.
///
/// Dots are at 203 dpi (8 dots per mm), the printable width of the common printers; columns are
/// those of Font A (12 dots a half-width character).
public enum PaperWidth: Int, Sendable, Equatable, CaseIterable {
    case mm58 = 58
    case mm80 = 80

    /// The paper of a `width` setting in millimetres, or nil for a width printers do not use.
    public init?(millimetres: Int) {
        self.init(rawValue: millimetres)
    }

    /// Printable dots across the paper.
    public var dots: Int {
        switch self {
        case .mm58: return 384
        case .mm80: return 576
        }
    }

    /// Half-width characters across the paper in Font A.
    public var columns: Int {
        switch self {
        case .mm58: return 32
        case .mm80: return 48
        }
    }
}
