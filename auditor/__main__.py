"""`python -m auditor` runs the command line."""
from auditor.launch import main

if __name__ == "__main__":
    main()
