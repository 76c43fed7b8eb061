# import (de)
