import FuzzSupport
import TerminalUI

// `till theme import`: a styles.xml, bytes as they are on disk.
fuzz { data in
    _ = try? AndroidStyleImporter.importStyle(from: data)
}
