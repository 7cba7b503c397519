import FuzzSupport
import Gateways

fuzz { data in AnswerReaders.pomelo(data) }
