import FuzzSupport
import Gateways

fuzz { data in AnswerReaders.takeMePay(data) }
