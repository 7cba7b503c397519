/// STUB: the ISO/IEC 18004 encoder lands with issue 3.
public enum QRCodeModule {}
