import FuzzSupport
import Gateways

fuzz { data in AnswerReaders.motp(data) }
