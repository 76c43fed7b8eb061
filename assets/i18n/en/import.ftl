# import (en)
