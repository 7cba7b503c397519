import FuzzSupport
import Gateways

fuzz { data in AnswerReaders.tapIn(data) }
