import Foundation

/// A grey image made from half-block characters read off a terminal pane: each cell is two pixels
/// high, `▀` dark on top, `▄` dark below, `█` both, anything else light. Written as PGM for zbarimg.
struct PaneImage {
    let width: Int
    let height: Int
    /// 0 dark, 255 light, row by row.
    let pixels: [UInt8]

    static let blocks: Set<Character> = ["█", "▀", "▄"]

    /// The QR code of a pane: the box around every block character, scaled up with a light margin.
    /// `inkIsLight` reads a code drawn with light ink (a terminal without colours, where the blocks
    /// are the light modules and the quiet zone is drawn too).
    static func qrImage(from pane: String, inkIsLight: Bool = false, scale: Int = 4, margin: Int = 8) throws -> PaneImage {
        let lines = pane.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var cells: [(row: Int, column: Int, character: Character)] = []
        for (row, line) in lines.enumerated() {
            for (column, character) in line.enumerated() where blocks.contains(character) {
                cells.append((row, column, character))
            }
        }
        guard let top = cells.map(\.row).min(), let bottom = cells.map(\.row).max(),
            let left = cells.map(\.column).min(), let right = cells.map(\.column).max()
        else { throw Failure(description: "no block characters on the pane") }
        let modulesWide = right - left + 1
        let modulesHigh = (bottom - top + 1) * 2
        let width = (modulesWide + 2 * margin) * scale
        let height = (modulesHigh + 2 * margin) * scale
        var pixels = [UInt8](repeating: 255, count: width * height)
        if inkIsLight {
            // Everything inside the box is dark but what the blocks light up.
            for y in margin * scale..<(margin + modulesHigh) * scale {
                for x in margin * scale..<(margin + modulesWide) * scale { pixels[y * width + x] = 0 }
            }
        }
        for cell in cells {
            let halves: [Bool] =
                switch cell.character {
                case "█": [true, true]
                case "▀": [true, false]
                default: [false, true]
                }
            for (half, dark) in halves.enumerated() where dark {
                let moduleX = cell.column - left + margin
                let moduleY = (cell.row - top) * 2 + half + margin
                for y in 0..<scale {
                    for x in 0..<scale { pixels[(moduleY * scale + y) * width + moduleX * scale + x] = inkIsLight ? 255 : 0 }
                }
            }
        }
        return PaneImage(width: width, height: height, pixels: pixels)
    }

    /// The image as a binary PGM file.
    var data: Data {
        var data = Data("P5\n\(width) \(height)\n255\n".utf8)
        data.append(contentsOf: pixels)
        return data
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
